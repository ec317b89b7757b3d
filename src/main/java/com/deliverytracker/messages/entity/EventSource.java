package com.deliverytracker.messages.entity;

import java.util.Locale;

/** Where a status event came from. */
public enum EventSource {
    API, CALLBACK, POLL, FEEDBACK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
