package com.deliverytracker.insights;

import com.deliverytracker.platform.InvalidQueryException;
import com.deliverytracker.platform.QueryInstant;
import com.deliverytracker.platform.UtcClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;

/** The {@code since}/{@code until} query parameters: ISO-8601 instants; by default the last 24 hours. */
record TimeRange(LocalDateTime since, LocalDateTime until) {

    static final Duration DEFAULT_SPAN = Duration.ofHours(24);

    static TimeRange parse(String since, String until) {
        return parse(since, until, end -> end.minus(DEFAULT_SPAN));
    }

    /** For an export: no {@code since} means from the beginning. */
    static TimeRange parseOpen(String since, String until) {
        return parse(since, until, end -> QueryInstant.beginning());
    }

    private static TimeRange parse(String since, String until, UnaryOperator<LocalDateTime> defaultStart) {
        LocalDateTime end = until == null || until.isBlank() ? UtcClock.now() : QueryInstant.parse("until", until);
        LocalDateTime start = since == null || since.isBlank() ? defaultStart.apply(end)
                : QueryInstant.parse("since", since);
        if (!start.isBefore(end)) {
            throw new InvalidQueryException("since", "must be before until");
        }
        return new TimeRange(start, end);
    }
}
