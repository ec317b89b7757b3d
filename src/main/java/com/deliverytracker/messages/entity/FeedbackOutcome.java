package com.deliverytracker.messages.entity;

import java.util.Locale;
import java.util.Optional;

/** What we tell Twilio's Message Feedback API: did the recipient act on the message (e.g. use its code)? */
public enum FeedbackOutcome {
    CONFIRMED, UNCONFIRMED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FeedbackOutcome> fromWire(String value) {
        for (FeedbackOutcome outcome : values()) {
            if (outcome.wireName().equals(value)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
