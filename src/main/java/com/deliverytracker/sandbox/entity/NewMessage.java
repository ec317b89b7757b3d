package com.deliverytracker.sandbox.entity;

import java.util.List;

/** What a create call (or a TwiML {@code <Message>}) asked the sandbox to send. */
public record NewMessage(String to, String from, String messagingServiceSid, String body, List<String> mediaUrls,
                         String statusCallback, boolean provideFeedback) {

    public NewMessage {
        mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
    }
}
