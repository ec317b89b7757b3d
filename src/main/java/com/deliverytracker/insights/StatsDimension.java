package com.deliverytracker.insights;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What {@code groupBy} may name, and the SQL expression each groups by. */
enum StatsDimension {
    STATUS("status"),
    ERROR_CODE("error_code"),
    COUNTRY("country"),
    HOUR("date_trunc('hour', created_at)"),
    SENDER("coalesce(messaging_service_sid, from_number)");

    final String column;

    StatsDimension(String column) {
        this.column = column;
    }

    String wireName() {
        String lower = name().toLowerCase(Locale.ROOT);
        return this == ERROR_CODE ? "errorCode" : lower;
    }

    static Optional<StatsDimension> fromWire(String value) {
        return Arrays.stream(values()).filter(d -> d.wireName().equals(value)).findFirst();
    }
}
