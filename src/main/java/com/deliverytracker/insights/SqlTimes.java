package com.deliverytracker.insights;

import java.sql.Timestamp;
import java.time.LocalDateTime;

/** Native queries answer TIMESTAMP columns as the driver likes: java.sql.Timestamp or LocalDateTime. */
final class SqlTimes {

    private SqlTimes() {
    }

    static boolean isTime(Object value) {
        return value instanceof Timestamp || value instanceof LocalDateTime;
    }

    /** The value as a LocalDateTime (UTC, as every time in the database), or null. */
    static LocalDateTime localDateTime(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
