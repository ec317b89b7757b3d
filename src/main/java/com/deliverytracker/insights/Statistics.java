package com.deliverytracker.insights;

import com.deliverytracker.errors.ErrorCatalogue;
import com.deliverytracker.errors.TwilioError;
import com.deliverytracker.messages.entity.MessageStatus;
import com.deliverytracker.platform.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivery statistics as Twilio's Messaging Insights shows them: counts by status, delivery rate
 * (delivered ÷ (delivered + undelivered + failed)), time from created to delivered, errors with their meaning.
 * Whole hours that are rolled up are summed from the roll-up; the rest of the range (its ragged ends, and
 * the recent hours not rolled up yet) is aggregated from the messages themselves.
 */
@ApplicationScoped
public class Statistics {

    @Inject
    StatsQueries queries;

    @Inject
    StatsRollup rollup;

    @Inject
    ErrorCatalogue catalogue;

    @Inject
    TrackerConfig config;

    /** A part of the range, and whether it is read from the roll-up. */
    private record Part(LocalDateTime from, LocalDateTime to, boolean rolled) {
    }

    public StatsJson over(LocalDateTime since, LocalDateTime until, Optional<StatsDimension> groupBy) {
        // with the roll-up turned off its tables are not kept up to date any more: ignore them
        Optional<LocalDateTime> rolledUntil = config.statsRollupInterval().isZero() ? Optional.empty()
                : rollup.rolledUntil();
        List<Part> parts = split(since, until, rolledUntil);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<Integer, Long> byError = new LinkedHashMap<>();
        DeliveryDistribution times = new DeliveryDistribution();
        Map<String, long[]> groups = new HashMap<>();
        long total = 0;
        for (Part part : parts) {
            List<StatsQueries.StatusErrorCount> counts = part.rolled()
                    ? queries.rolledCountsByStatusAndError(part.from(), part.to())
                    : queries.countsByStatusAndError(part.from(), part.to());
            for (StatsQueries.StatusErrorCount row : counts) {
                byStatus.merge(row.status().wireName(), row.count(), Long::sum);
                if (row.errorCode() != null) {
                    byError.merge(row.errorCode(), row.count(), Long::sum);
                }
                total += row.count();
            }
            if (part.rolled()) {
                queries.rolledDeliveryTimes(part.from(), part.to(), times);
            } else {
                queries.deliveryTimes(part.from(), part.to(), times);
            }
            groupBy.ifPresent(dimension -> (part.rolled() ? queries.rolledGroupedBy(dimension, part.from(), part.to())
                    : queries.groupedBy(dimension, part.from(), part.to()))
                    .forEach(g -> add(groups.computeIfAbsent(g.key(), key -> new long[4]), g)));
        }
        // read (WhatsApp) was delivered first
        long delivered = byStatus.getOrDefault(MessageStatus.DELIVERED.wireName(), 0L)
                + byStatus.getOrDefault(MessageStatus.READ.wireName(), 0L);
        long undelivered = byStatus.getOrDefault(MessageStatus.UNDELIVERED.wireName(), 0L);
        long failed = byStatus.getOrDefault(MessageStatus.FAILED.wireName(), 0L);
        return new StatsJson(instant(since), instant(until), total, byStatus, rate(delivered, undelivered, failed),
                new StatsJson.TimeToDelivered(times.count(), times.percentile(0.5), times.percentile(0.9),
                        times.percentile(0.99), histogram(times)),
                errors(byError), groupBy.map(StatsDimension::wireName).orElse(null),
                groupBy.map(dimension -> groups(groups)).orElse(null),
                rolledUntil.map(Statistics::instant).orElse(null));
    }

    /** Whole rolled-up hours inside the range come from the roll-up, everything else from the messages. */
    private static List<Part> split(LocalDateTime since, LocalDateTime until, Optional<LocalDateTime> rolledUntil) {
        LocalDateTime firstWhole = StatsRollup.hourOf(since).equals(since) ? since : StatsRollup.hourOf(since).plusHours(1);
        LocalDateTime lastWhole = StatsRollup.hourOf(until);
        if (rolledUntil.isPresent() && rolledUntil.get().isBefore(lastWhole)) {
            lastWhole = rolledUntil.get();
        }
        if (rolledUntil.isEmpty() || !firstWhole.isBefore(lastWhole)) {
            return List.of(new Part(since, until, false));
        }
        List<Part> parts = new ArrayList<>();
        if (since.isBefore(firstWhole)) {
            parts.add(new Part(since, firstWhole, false));
        }
        parts.add(new Part(firstWhole, lastWhole, true));
        if (lastWhole.isBefore(until)) {
            parts.add(new Part(lastWhole, until, false));
        }
        return parts;
    }

    private static void add(long[] sums, StatsQueries.GroupCount group) {
        sums[0] += group.total();
        sums[1] += group.delivered();
        sums[2] += group.undelivered();
        sums[3] += group.failed();
    }

    private static List<StatsJson.Group> groups(Map<String, long[]> groups) {
        List<StatsJson.Group> list = new ArrayList<>();
        groups.forEach((key, sums) -> list.add(new StatsJson.Group(key, sums[0], sums[1], sums[2], sums[3],
                rate(sums[1], sums[2], sums[3]))));
        list.sort(Comparator.comparingLong(StatsJson.Group::total).reversed()
                .thenComparing(StatsJson.Group::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return list;
    }

    private List<StatsJson.ErrorCount> errors(Map<Integer, Long> byError) {
        List<StatsJson.ErrorCount> errors = new ArrayList<>();
        byError.forEach((code, count) -> {
            TwilioError explanation = catalogue.explain(code);
            errors.add(new StatsJson.ErrorCount(code, count, explanation.title(), explanation));
        });
        errors.sort(Comparator.comparingLong(StatsJson.ErrorCount::count).reversed()
                .thenComparingInt(StatsJson.ErrorCount::code));
        return errors;
    }

    private static List<StatsJson.Bar> histogram(DeliveryDistribution times) {
        long[] counts = times.histogram();
        List<StatsJson.Bar> bars = new ArrayList<>();
        for (int bar = 0; bar < counts.length; bar++) {
            bars.add(new StatsJson.Bar(bar < DeliveryDistribution.HISTOGRAM_BOUNDS_MS.length
                    ? DeliveryDistribution.HISTOGRAM_BOUNDS_MS[bar] : null, counts[bar]));
        }
        return bars;
    }

    static Double rate(long delivered, long undelivered, long failed) {
        long settled = delivered + undelivered + failed;
        return settled == 0 ? null : (double) delivered / settled;
    }

    private static java.time.Instant instant(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}
