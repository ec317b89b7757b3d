package com.deliverytracker.insights;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What {@code groupBy} may name, and the SQL expression each groups by. */
enum StatsDimension {
    STATUS("status", "status"),
    ERROR_CODE("error_code", "error_code"),
    COUNTRY("country", "country"),
    HOUR("date_trunc('hour', created_at)", "hour_start"),
    SENDER("coalesce(messaging_service_sid, from_number)", "sender");

    /** The expression over tracked_message, and the column of stats_hour. */
    final String column;
    final String rollupColumn;

    StatsDimension(String column, String rollupColumn) {
        this.column = column;
        this.rollupColumn = rollupColumn;
    }

    String wireName() {
        String lower = name().toLowerCase(Locale.ROOT);
        return this == ERROR_CODE ? "errorCode" : lower;
    }

    static Optional<StatsDimension> fromWire(String value) {
        return Arrays.stream(values()).filter(d -> d.wireName().equals(value)).findFirst();
    }
}
