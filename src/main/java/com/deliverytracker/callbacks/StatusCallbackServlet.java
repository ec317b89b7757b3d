package com.deliverytracker.callbacks;

import com.deliverytracker.operations.OperationsCounters;
import com.deliverytracker.operations.OperationsCounters.Metric;
import com.deliverytracker.twilio.SignedWebhook;
import com.deliverytracker.twilio.WebhookAuthenticator;
import com.deliverytracker.twilio.WebhookServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/** POST /twilio/status: Twilio's signed message status callbacks. */
@WebServlet(name = "StatusCallbackServlet", urlPatterns = "/twilio/status")
public class StatusCallbackServlet extends WebhookServlet {

    private static final Logger LOG = Logger.getLogger(StatusCallbackServlet.class.getName());

    @Inject
    WebhookAuthenticator webhooks;

    @Inject
    StatusCallbackService callbacks;

    @Inject
    OperationsCounters counters;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedWebhook> webhook = webhooks.authenticate(request);
        if (webhook.isEmpty()) {
            LOG.warning(() -> "Refused a status callback without a valid signature for " + request.getRequestURI());
            counters.count(Metric.CALLBACKS, "refused_signature");
            refuseUnsigned(response);
            return;
        }
        try {
            callbacks.accept(StatusCallback.from(webhook.get()));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            counters.count(Metric.CALLBACKS, "accepted");
        } catch (InvalidCallbackException e) {
            counters.count(Metric.CALLBACKS, "refused_invalid");
            LOG.warning(() -> "Refused a signed status callback: " + e.getMessage());
            problems.write(response, e.problem());
        } catch (CallbackNotStoredException e) {
            counters.count(Metric.CALLBACKS, "not_stored");
            problems.write(response, e.problem());
        }
    }
}
