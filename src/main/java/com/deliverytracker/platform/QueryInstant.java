package com.deliverytracker.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A query parameter holding an instant: ISO-8601, between the years 1970 and 9999 (what both databases keep). */
public final class QueryInstant {

    private static final LocalDateTime BEGINNING = LocalDateTime.of(1970, 1, 1, 0, 0);

    private QueryInstant() {
    }

    /** As UTC; {@link InvalidQueryException} naming {@code parameter} when it is not such an instant. */
    public static LocalDateTime parse(String parameter, String value) {
        try {
            LocalDateTime time = LocalDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC);
            if (!time.isBefore(BEGINNING) && time.getYear() <= 9999) {
                return time;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new InvalidQueryException(parameter, "must be an ISO-8601 instant between the years 1970 and 9999,"
                + " such as 2026-12-04T09:00:00Z");
    }

    public static LocalDateTime beginning() {
        return BEGINNING;
    }
}
