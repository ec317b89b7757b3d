package com.deliverytracker.inbound;

import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.twilio.SignedWebhook;
import com.deliverytracker.twilio.TwimlWriter;
import com.deliverytracker.twilio.WebhookAuthenticator;
import com.deliverytracker.twilio.WebhookServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * POST /twilio/inbound: the URL a Twilio number's "A message comes in" webhook points at. Answers TwiML;
 * a reply's {@code <Message action>} sends its status callbacks to /twilio/status, tracked like any message.
 */
@WebServlet(name = "InboundMessageServlet", urlPatterns = "/twilio/inbound")
public class InboundMessageServlet extends WebhookServlet {

    private static final Logger LOG = Logger.getLogger(InboundMessageServlet.class.getName());

    @Inject
    WebhookAuthenticator webhooks;

    @Inject
    InboundService inbound;

    @Inject
    TwimlWriter twiml;

    @Inject
    TrackerConfig config;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedWebhook> webhook = webhooks.authenticate(request);
        if (webhook.isEmpty()) {
            LOG.warning("Refused an inbound message webhook without a valid signature");
            refuseUnsigned(response);
            return;
        }
        InboundReply reply;
        try {
            reply = inbound.receive(InboundWebhook.read(webhook.get()));
        } catch (InboundWebhook.InvalidInboundException e) {
            LOG.warning(() -> "Refused a signed inbound webhook: " + e.getMessage());
            problems.write(response, e.problem());
            return;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(reply.text()
                .map(text -> twiml.reply(text, actionFor(reply.inboundId())))
                .orElseGet(twiml::noReply));
    }

    private URI actionFor(String inboundId) {
        return URI.create(config.publicBaseUrl() + "/twilio/status?inReplyTo=" + inboundId);
    }
}
