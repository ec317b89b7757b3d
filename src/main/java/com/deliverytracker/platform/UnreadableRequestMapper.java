package com.deliverytracker.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The JAX-RS runtime wraps failures to read an entity in a ProcessingException. */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return ProblemResponses.of(Problem.of(400, "malformed-json", "Malformed JSON",
                "The request body could not be read as JSON of the expected shape."));
    }
}
