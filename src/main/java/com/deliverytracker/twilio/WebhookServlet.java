package com.deliverytracker.twilio;

import com.deliverytracker.platform.PostOnlyServlet;
import com.deliverytracker.platform.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The base of Twilio's webhook servlets: POST only, problem details for every failure, one 403 for bad signatures. */
public abstract class WebhookServlet extends PostOnlyServlet {

    /** The answer to a webhook whose X-Twilio-Signature is missing or wrong. */
    protected void refuseUnsigned(HttpServletResponse response) throws IOException {
        problems.write(response, Problem.of(403, "invalid-signature", "Invalid signature",
                "X-Twilio-Signature is missing or does not match this request."));
    }
}
