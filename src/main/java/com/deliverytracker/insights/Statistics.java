package com.deliverytracker.insights;

import com.deliverytracker.errors.ErrorCatalogue;
import com.deliverytracker.errors.TwilioError;
import com.deliverytracker.messages.entity.MessageStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivery statistics as Twilio's Messaging Insights shows them: counts by status, delivery rate
 * (delivered ÷ (delivered + undelivered + failed)), time from created to delivered, errors with their meaning.
 */
@ApplicationScoped
public class Statistics {

    @Inject
    StatsQueries queries;

    @Inject
    ErrorCatalogue catalogue;

    public StatsJson over(LocalDateTime since, LocalDateTime until, Optional<StatsDimension> groupBy) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<Integer, Long> byError = new LinkedHashMap<>();
        long total = 0;
        for (StatsQueries.StatusErrorCount row : queries.countsByStatusAndError(since, until)) {
            byStatus.merge(row.status().wireName(), row.count(), Long::sum);
            if (row.errorCode() != null) {
                byError.merge(row.errorCode(), row.count(), Long::sum);
            }
            total += row.count();
        }
        long delivered = byStatus.getOrDefault(MessageStatus.DELIVERED.wireName(), 0L);
        long undelivered = byStatus.getOrDefault(MessageStatus.UNDELIVERED.wireName(), 0L);
        long failed = byStatus.getOrDefault(MessageStatus.FAILED.wireName(), 0L);
        StatsQueries.Percentiles percentiles = queries.timeToDelivered(since, until);
        List<StatsJson.ErrorCount> errors = new ArrayList<>();
        byError.forEach((code, count) -> {
            TwilioError explanation = catalogue.explain(code);
            errors.add(new StatsJson.ErrorCount(code, count, explanation.title(), explanation));
        });
        errors.sort(Comparator.comparingLong(StatsJson.ErrorCount::count).reversed()
                .thenComparingInt(StatsJson.ErrorCount::code));
        List<StatsJson.Group> groups = groupBy.map(dimension -> queries.groupedBy(dimension, since, until).stream()
                .map(g -> new StatsJson.Group(g.key(), g.total(), g.delivered(), g.undelivered(), g.failed(),
                        rate(g.delivered(), g.undelivered(), g.failed())))
                .toList()).orElse(null);
        return new StatsJson(since.toInstant(ZoneOffset.UTC), until.toInstant(ZoneOffset.UTC), total, byStatus,
                rate(delivered, undelivered, failed),
                new StatsJson.TimeToDelivered(percentiles.count(), percentiles.p50(), percentiles.p90(),
                        percentiles.p99()),
                errors, groupBy.map(StatsDimension::wireName).orElse(null), groups);
    }

    static Double rate(long delivered, long undelivered, long failed) {
        long settled = delivered + undelivered + failed;
        return settled == 0 ? null : (double) delivered / settled;
    }
}
