package com.deliverytracker.messages.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Twilio's 13 message statuses plus our two own (pending: stored, not yet answered by Twilio;
 * outcome_unknown: Twilio may or may not have sent it). Each knows its rank and whether it is final;
 * {@link #advancedBy(MessageStatus)} is the only transition rule. docs/status-model.md has the table.
 */
public enum MessageStatus {
    PENDING(0, false),
    OUTCOME_UNKNOWN(1, false),
    ACCEPTED(10, false),
    SCHEDULED(20, false),
    QUEUED(30, false),
    SENDING(40, false),
    RECEIVING(40, false),
    SENT(50, false),
    PARTIALLY_DELIVERED(60, false),
    DELIVERED(70, true),
    UNDELIVERED(70, true),
    FAILED(70, true),
    CANCELED(70, true),
    RECEIVED(70, true),
    READ(80, true);

    private final int rank;
    private final boolean terminal;

    MessageStatus(int rank, boolean terminal) {
        this.rank = rank;
        this.terminal = terminal;
    }

    public int rank() {
        return rank;
    }

    public boolean isFinal() {
        return terminal;
    }

    /**
     * The status after {@code incoming} arrives. A final status absorbs everything, except that a read
     * receipt advances a delivered message; before that, the higher rank wins and ties keep what we have.
     */
    public MessageStatus advancedBy(MessageStatus incoming) {
        if (isFinal()) {
            return this == DELIVERED && incoming == READ ? READ : this;
        }
        return incoming.rank > rank ? incoming : this;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MessageStatus> fromWireName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim();
        return Arrays.stream(values()).filter(status -> status.wireName().equalsIgnoreCase(wanted)).findFirst();
    }
}
