package com.deliverytracker.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes problem details from servlets, where JAX-RS exception mappers do not reach. */
@ApplicationScoped
public class ProblemWriter {

    private final Jsonb jsonb = JsonbBuilder.create();

    public void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(jsonb.toJson(problem));
    }
}
