package com.deliverytracker.reconciliation;

import java.time.LocalDateTime;

/** A message a run holds the lease on: what a poll needs to ask Twilio about it. */
public record ClaimedMessage(String id, String token, String sid, String to, String from,
                             String messagingServiceSid, String body, LocalDateTime createdAt) {

    boolean knownToTwilio() {
        return sid != null;
    }
}
