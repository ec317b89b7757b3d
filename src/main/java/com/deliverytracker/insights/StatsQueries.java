package com.deliverytracker.insights;

import com.deliverytracker.messages.entity.MessageStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The aggregates behind the statistics, in SQL that H2 and PostgreSQL both run, over outgoing messages (sent
 * and replies): over the messages created in [since, until) (one pass over {@code ix_message_stats}, which
 * holds every column they read), or over the hourly roll-up. No entity is loaded.
 */
@ApplicationScoped
public class StatsQueries {

    private static final String OUTGOING_IN_RANGE = " from tracked_message where created_at >= ?1 and created_at < ?2"
            + " and direction <> 'INBOUND'";

    @PersistenceContext
    EntityManager em;

    record StatusErrorCount(MessageStatus status, Integer errorCode, long count) {
    }

    record GroupCount(String key, long total, long delivered, long undelivered, long failed) {
    }

    List<StatusErrorCount> countsByStatusAndError(LocalDateTime since, LocalDateTime until) {
        return statusErrorCounts(range(em.createNativeQuery("select status, error_code, count(*)" + OUTGOING_IN_RANGE
                + " group by status, error_code"), since, until).getResultList());
    }

    /** Delivery times as exact values with their counts. */
    void deliveryTimes(LocalDateTime since, LocalDateTime until, DeliveryDistribution into) {
        List<?> rows = range(em.createNativeQuery("select delivery_millis, count(*)" + OUTGOING_IN_RANGE
                + " and delivery_millis is not null group by delivery_millis"), since, until).getResultList();
        rows.stream().map(Object[].class::cast).forEach(row -> into.addValue(asLong(row[0]), asLong(row[1])));
    }

    // ---- the same over rolled-up hours [from, to) ----

    List<StatusErrorCount> rolledCountsByStatusAndError(LocalDateTime from, LocalDateTime to) {
        return statusErrorCounts(range(em.createNativeQuery("select status, error_code, sum(messages) from stats_hour"
                + " where hour_start >= ?1 and hour_start < ?2 group by status, error_code"), from, to).getResultList());
    }

    void rolledDeliveryTimes(LocalDateTime from, LocalDateTime to, DeliveryDistribution into) {
        List<?> rows = range(em.createNativeQuery("select bucket_ms, width_ms, sum(messages) from stats_delivery_hour"
                + " where hour_start >= ?1 and hour_start < ?2 group by bucket_ms, width_ms"), from, to).getResultList();
        rows.stream().map(Object[].class::cast)
                .forEach(row -> into.addBucket(asLong(row[0]), asLong(row[1]), asLong(row[2])));
    }

    List<GroupCount> rolledGroupedBy(StatsDimension dimension, LocalDateTime from, LocalDateTime to) {
        String column = dimension.rollupColumn;
        return groupCounts(dimension, range(em.createNativeQuery("select " + column + ", sum(messages),"
                + outcomeSums("messages") + " from stats_hour where hour_start >= ?1 and hour_start < ?2"
                + " group by " + column), from, to).getResultList());
    }

    List<GroupCount> groupedBy(StatsDimension dimension, LocalDateTime since, LocalDateTime until) {
        return groupCounts(dimension, range(em.createNativeQuery("select " + dimension.column + ", count(*),"
                + outcomeSums("1") + OUTGOING_IN_RANGE + " group by " + dimension.column), since, until)
                .getResultList());
    }

    /** Delivered (read was delivered first), undelivered and failed, each row counting {@code weight}. */
    private static String outcomeSums(String weight) {
        return " sum(case when status in ('DELIVERED', 'READ') then " + weight + " else 0 end),"
                + " sum(case when status = 'UNDELIVERED' then " + weight + " else 0 end),"
                + " sum(case when status = 'FAILED' then " + weight + " else 0 end)";
    }

    /** Rows of (status, error code, count). */
    private static List<StatusErrorCount> statusErrorCounts(List<?> rows) {
        return rows.stream().map(Object[].class::cast)
                .map(row -> new StatusErrorCount(MessageStatus.valueOf((String) row[0]),
                        row[1] == null ? null : ((Number) row[1]).intValue(), asLong(row[2])))
                .toList();
    }

    /** Rows of (key, total, delivered, undelivered, failed). */
    private static List<GroupCount> groupCounts(StatsDimension dimension, List<?> rows) {
        return rows.stream().map(Object[].class::cast)
                .map(row -> new GroupCount(key(dimension, row[0]), asLong(row[1]), asLong(row[2]), asLong(row[3]),
                        asLong(row[4])))
                .toList();
    }

    /** Statuses by their API names; hours come back as the driver's timestamp type, shown as UTC instants. */
    private static String key(StatsDimension dimension, Object value) {
        if (dimension == StatsDimension.STATUS && value != null) {
            return MessageStatus.valueOf(value.toString()).wireName();
        }
        if (SqlTimes.isTime(value)) {
            return SqlTimes.localDateTime(value).toInstant(java.time.ZoneOffset.UTC).toString();
        }
        return value == null ? null : String.valueOf(value);
    }

    private static Query range(Query query, LocalDateTime since, LocalDateTime until) {
        return query.setParameter(1, since).setParameter(2, until);
    }

    private static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
