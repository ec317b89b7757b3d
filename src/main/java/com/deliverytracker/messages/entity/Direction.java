package com.deliverytracker.messages.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Outbound: sent by us (or by another system on our account); inbound: received; reply: a TwiML reply. */
public enum Direction {
    OUTBOUND, INBOUND, REPLY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Direction> fromWireName(String value) {
        return Arrays.stream(values()).filter(direction -> direction.wireName().equalsIgnoreCase(value)).findFirst();
    }
}
