package com.deliverytracker.twilio;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemWriter;
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
 * The base of Twilio's webhook servlets: they take POST only, and every answer, even a bug's, is a problem
 * detail rather than the server's HTML error page.
 */
public abstract class WebhookServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(WebhookServlet.class.getName());

    @Inject
    protected ProblemWriter problems;

    /** The answer to a webhook whose X-Twilio-Signature is missing or wrong. */
    protected void refuseUnsigned(HttpServletResponse response) throws IOException {
        problems.write(response, Problem.of(403, "invalid-signature", "Invalid signature",
                "X-Twilio-Signature is missing or does not match this request."));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            problems.write(response, Problem.of(405, "method-not-allowed", "Method Not Allowed",
                    "Twilio webhooks are POST requests."));
            return;
        }
        try {
            doPost(request, response);
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error in a webhook, incident " + incident, e);
            if (!response.isCommitted()) {
                response.reset();
                problems.write(response, Problem.of(500, "internal", "Internal error",
                        "Unexpected error; quote incident " + incident + " when reporting it."));
            }
        }
    }
}
