package com.deliverytracker.insights;

import com.deliverytracker.messages.entity.MessageStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The aggregates behind the statistics, in SQL that H2 and PostgreSQL both run (ordered-set aggregates,
 * {@code date_trunc}), over outgoing messages (sent and replies) created in [since, until). No entity is
 * loaded: each is one pass over {@code ix_message_stats}, which holds every column they read.
 */
@ApplicationScoped
public class StatsQueries {

    private static final String OUTGOING_IN_RANGE = " from tracked_message where created_at >= ?1 and created_at < ?2"
            + " and direction <> 'INBOUND'";

    @PersistenceContext
    EntityManager em;

    record StatusErrorCount(MessageStatus status, Integer errorCode, long count) {
    }

    record Percentiles(long count, Double p50, Double p90, Double p99) {
    }

    record GroupCount(String key, long total, long delivered, long undelivered, long failed) {
    }

    List<StatusErrorCount> countsByStatusAndError(LocalDateTime since, LocalDateTime until) {
        List<?> rows = range(em.createNativeQuery("select status, error_code, count(*)" + OUTGOING_IN_RANGE
                + " group by status, error_code"), since, until).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new StatusErrorCount(MessageStatus.valueOf((String) row[0]),
                        row[1] == null ? null : ((Number) row[1]).intValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    Percentiles timeToDelivered(LocalDateTime since, LocalDateTime until) {
        Object[] row = (Object[]) range(em.createNativeQuery("select count(delivery_millis),"
                + " percentile_cont(0.5) within group (order by delivery_millis),"
                + " percentile_cont(0.9) within group (order by delivery_millis),"
                + " percentile_cont(0.99) within group (order by delivery_millis)"
                + OUTGOING_IN_RANGE + " and delivery_millis is not null"), since, until).getSingleResult();
        return new Percentiles(((Number) row[0]).longValue(), asDouble(row[1]), asDouble(row[2]), asDouble(row[3]));
    }

    List<GroupCount> groupedBy(StatsDimension dimension, LocalDateTime since, LocalDateTime until) {
        List<?> rows = range(em.createNativeQuery("select " + dimension.column + " as k, count(*),"
                + " sum(case when status = 'DELIVERED' then 1 else 0 end),"
                + " sum(case when status = 'UNDELIVERED' then 1 else 0 end),"
                + " sum(case when status = 'FAILED' then 1 else 0 end)"
                + OUTGOING_IN_RANGE + " group by " + dimension.column + " order by count(*) desc"), since, until)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new GroupCount(key(row[0]), asLong(row[1]),
                        asLong(row[2]), asLong(row[3]), asLong(row[4])))
                .toList();
    }

    /** Hours come back as the driver's timestamp type: shown as UTC instants, like every time in the API. */
    private static String key(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC).toString();
        }
        if (value instanceof LocalDateTime time) {
            return time.toInstant(java.time.ZoneOffset.UTC).toString();
        }
        return value == null ? null : String.valueOf(value);
    }

    private static Query range(Query query, LocalDateTime since, LocalDateTime until) {
        return query.setParameter(1, since).setParameter(2, until);
    }

    private static Double asDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
