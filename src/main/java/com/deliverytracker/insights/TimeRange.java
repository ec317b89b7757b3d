package com.deliverytracker.insights;

import com.deliverytracker.platform.InvalidQueryException;
import com.deliverytracker.platform.UtcClock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/** The {@code since}/{@code until} query parameters: ISO-8601 instants; by default the last 24 hours. */
record TimeRange(LocalDateTime since, LocalDateTime until) {

    static final Duration DEFAULT_SPAN = Duration.ofHours(24);
    private static final LocalDateTime BEGINNING = LocalDateTime.of(1970, 1, 1, 0, 0);

    static TimeRange parse(String since, String until) {
        return parse(since, until, end -> end.minus(DEFAULT_SPAN));
    }

    /** For an export: no {@code since} means from the beginning. */
    static TimeRange parseOpen(String since, String until) {
        return parse(since, until, end -> BEGINNING);
    }

    private static TimeRange parse(String since, String until, UnaryOperator<LocalDateTime> defaultStart) {
        LocalDateTime end = until == null || until.isBlank() ? UtcClock.now() : instant("until", until);
        LocalDateTime start = since == null || since.isBlank() ? defaultStart.apply(end) : instant("since", since);
        if (!start.isBefore(end)) {
            throw new InvalidQueryException("since", "must be before until");
        }
        return new TimeRange(start, end);
    }

    private static LocalDateTime instant(String name, String value) {
        try {
            LocalDateTime time = LocalDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC);
            if (time.isBefore(BEGINNING) || time.getYear() > 9999) {
                throw new InvalidQueryException(name, "must be between the years 1970 and 9999");
            }
            return time;
        } catch (DateTimeException e) {
            throw new InvalidQueryException(name, "must be an ISO-8601 instant such as 2026-12-04T09:00:00Z");
        }
    }
}
