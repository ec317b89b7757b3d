package com.deliverytracker.insights;

import com.deliverytracker.platform.InvalidQueryException;
import com.deliverytracker.platform.UtcClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;

/** The {@code since}/{@code until} query parameters: ISO-8601 instants; by default the last 24 hours. */
record TimeRange(LocalDateTime since, LocalDateTime until) {

    static final Duration DEFAULT_SPAN = Duration.ofHours(24);

    static TimeRange parse(String since, String until) {
        LocalDateTime end = until == null || until.isBlank() ? UtcClock.now() : instant("until", until);
        LocalDateTime start = since == null || since.isBlank() ? end.minus(DEFAULT_SPAN) : instant("since", since);
        if (!start.isBefore(end)) {
            throw new InvalidQueryException("since", "must be before until");
        }
        return new TimeRange(start, end);
    }

    /** For an export: no {@code since} means from the beginning. */
    static TimeRange parseOpen(String since, String until) {
        LocalDateTime end = until == null || until.isBlank() ? UtcClock.now() : instant("until", until);
        LocalDateTime start = since == null || since.isBlank() ? LocalDateTime.of(1970, 1, 1, 0, 0)
                : instant("since", since);
        if (!start.isBefore(end)) {
            throw new InvalidQueryException("since", "must be before until");
        }
        return new TimeRange(start, end);
    }

    private static LocalDateTime instant(String name, String value) {
        try {
            LocalDateTime time = LocalDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC);
            if (time.getYear() < 1970 || time.getYear() > 9999) {
                throw new InvalidQueryException(name, "must be between the years 1970 and 9999");
            }
            return time;
        } catch (DateTimeException e) {
            throw new InvalidQueryException(name, "must be an ISO-8601 instant such as 2026-12-04T09:00:00Z");
        }
    }
}
