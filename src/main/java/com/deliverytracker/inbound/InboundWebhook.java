package com.deliverytracker.inbound;

import com.deliverytracker.messages.entity.InboundMessage;
import com.deliverytracker.messages.entity.MediaItem;
import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;
import com.deliverytracker.twilio.SignedWebhook;
import java.util.ArrayList;
import java.util.List;

/** Reads an inbound-message webhook's fields (MessageSid, From, To, Body, NumSegments, NumMedia, MediaUrlN…). */
final class InboundWebhook {

    /** Twilio accepts at most ten media items per message. */
    private static final int MAX_MEDIA = 10;

    private InboundWebhook() {
    }

    static InboundMessage read(SignedWebhook webhook) {
        String sid = required(webhook, "MessageSid");
        String from = required(webhook, "From");
        String to = required(webhook, "To");
        int numMedia = Math.min(number(webhook, "NumMedia", 0), MAX_MEDIA);
        List<MediaItem> media = new ArrayList<>();
        for (int i = 0; i < numMedia; i++) {
            String url = webhook.param("MediaUrl" + i);
            if (url != null) {
                media.add(new MediaItem(url, webhook.param("MediaContentType" + i)));
            }
        }
        String body = webhook.body().get("Body");
        return new InboundMessage(sid, from, to, body, number(webhook, "NumSegments", null), media,
                webhook.param("OptOutType"));
    }

    private static String required(SignedWebhook webhook, String name) {
        String value = webhook.param(name);
        if (value == null) {
            throw new InvalidInboundException(name + " is missing");
        }
        return value;
    }

    private static Integer number(SignedWebhook webhook, String name, Integer absent) {
        String value = webhook.param(name);
        if (value == null) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw new InvalidInboundException(name + " '" + value + "' is negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidInboundException(name + " '" + value + "' is not a number");
        }
    }

    static class InvalidInboundException extends ProblemException {

        InvalidInboundException(String detail) {
            super(detail);
        }

        @Override
        public Problem problem() {
            return Problem.of(400, "invalid-inbound", "Invalid inbound message webhook", getMessage());
        }
    }
}
