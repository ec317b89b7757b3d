package com.deliverytracker.sandbox.control;

import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.sandbox.entity.NewMessage;
import com.deliverytracker.sandbox.entity.SandboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Plays an SMS arriving at the sandbox's number: posts the signed inbound webhook to the tracker's
 * /twilio/inbound, as Twilio does for a number whose "A message comes in" URL points there, then sends what the
 * TwiML answer asks for, calling back to each {@code <Message action>} so the replies are tracked.
 */
@ApplicationScoped
public class InboundPlayer {

    private static final Logger LOG = Logger.getLogger(InboundPlayer.class.getName());

    @Inject
    SandboxTwilio twilio;

    @Inject
    WebhookPoster webhooks;

    @Inject
    TrackerConfig config;

    /** What happened: the inbound message's SID and the replies the TwiML made. */
    public record Played(String sid, List<SandboxMessage> replies) {
    }

    /** {@code to} null: the number the tracker sends from. */
    public Played play(String from, String to, String body) {
        SandboxOffException.unlessSandbox(config.isSandbox());
        String number = to != null ? to : config.fromNumber().orElseThrow();
        SandboxMessage inbound = twilio.receive(from, number, body == null ? "" : body);
        HttpResponse<String> answer;
        try {
            answer = webhooks.post(config.publicBaseUrl() + "/twilio/inbound", webhookFields(inbound));
        } catch (IOException e) {
            throw new InboundNotAnsweredException("the tracker did not answer: " + e.getMessage());
        }
        if (answer.statusCode() != 200) {
            throw new InboundNotAnsweredException("the tracker answered " + answer.statusCode() + ": " + answer.body());
        }
        List<TwimlReplies.Reply> asked;
        try {
            asked = TwimlReplies.parse(answer.body());
        } catch (IllegalArgumentException e) {
            throw new InboundNotAnsweredException("its answer is " + e.getMessage());
        }
        List<SandboxMessage> replies = new ArrayList<>();
        for (TwimlReplies.Reply reply : asked) {
            NewMessage message = new NewMessage(reply.to() != null ? reply.to() : from,
                    reply.from() != null ? reply.from() : number, null, reply.body(), reply.mediaUrls(), reply.action(),
                    false);
            try {
                replies.add(twilio.create(message, SandboxMessage.OUTBOUND_REPLY));
            } catch (TwilioApiError refused) {
                // Twilio, too, only notes a TwiML reply it cannot send in its debugger
                LOG.warning(() -> "Sandbox: TwiML reply to " + inbound.sid() + " not sent: " + refused.code());
            }
        }
        return new Played(inbound.sid(), replies);
    }

    private Map<String, String> webhookFields(SandboxMessage inbound) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AccountSid", config.sandbox().accountSid());
        fields.put("ApiVersion", "2010-04-01");
        fields.put("Body", inbound.body());
        fields.put("From", inbound.from());
        fields.put("MessageSid", inbound.sid());
        fields.put("NumMedia", "0");
        fields.put("NumSegments", String.valueOf(inbound.numSegments()));
        fields.put("SmsMessageSid", inbound.sid());
        fields.put("SmsSid", inbound.sid());
        fields.put("SmsStatus", "received");
        fields.put("To", inbound.to());
        return fields;
    }
}
