package com.deliverytracker.messages.control;

import com.deliverytracker.platform.ApiClients;
import java.util.List;

/**
 * A validated request to send, with its sender already resolved. The fingerprint identifies the content so
 * that a repeated Idempotency-Key can tell a retry from a different request.
 */
public record SendCommand(String to, String body, List<String> mediaUrls, String from, String messagingServiceSid,
                          boolean provideFeedback) {

    public SendCommand {
        mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
    }

    public String fingerprint() {
        return ApiClients.sha256Hex(String.join("\u0000", to, String.valueOf(body), String.join("\u0001", mediaUrls),
                String.valueOf(from), String.valueOf(messagingServiceSid), String.valueOf(provideFeedback)));
    }
}
