package com.deliverytracker.platform;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Times are stored as UTC LocalDateTime at microsecond precision, the finest both H2 and PostgreSQL keep. */
public final class UtcClock {

    private UtcClock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
