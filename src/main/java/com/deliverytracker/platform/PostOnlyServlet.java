package com.deliverytracker.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The base of servlets that take POST only: every answer, even a bug's, is a problem detail rather than the
 * server's HTML error page, and a business exception is answered with its own problem.
 */
public abstract class PostOnlyServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PostOnlyServlet.class.getName());

    @Inject
    protected ProblemWriter problems;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            problems.write(response, Problem.of(405, "method-not-allowed", "Method Not Allowed",
                    "Only POST requests are taken here."));
            return;
        }
        try {
            doPost(request, response);
        } catch (ProblemException e) {
            problems.write(response, e.problem());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error in " + request.getRequestURI() + ", incident " + incident, e);
            if (!response.isCommitted()) {
                response.reset();
                problems.write(response, Problem.of(500, "internal", "Internal error",
                        "Unexpected error; quote incident " + incident + " when reporting it."));
            }
        }
    }
}
