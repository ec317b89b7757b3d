package com.deliverytracker.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Keeps the hourly roll-up of the statistics ({@code stats_hour}, {@code stats_delivery_hour}) true to the
 * messages. An hour is rolled up once it closed {@link #SETTLE} ago, and rolled up again whenever one of its
 * messages changes (a late callback, a poll): messages changed since the last pass are found through
 * {@code ix_message_updated}. One pass is one transaction holding the state row's lock, so instances sharing
 * a database take turns.
 */
@ApplicationScoped
@Transactional
public class StatsRollup {

    /** An hour is rolled up only once it has been closed this long: most of its receipts are in by then. */
    static final Duration SETTLE = Duration.ofMinutes(5);
    /**
     * Changes are read again this far back on every pass: a transaction that stamped updated_at before the
     * last pass but committed after it is still seen. Far longer than any transaction here.
     */
    static final Duration OVERLAP = Duration.ofMinutes(2);

    private static final String WIDTH = "case when delivery_millis < 100 then 1 when delivery_millis < 1000 then 10"
            + " when delivery_millis < 10000 then 100 when delivery_millis < 100000 then 1000"
            + " when delivery_millis < 1000000 then 10000 when delivery_millis < 10000000 then 100000 else 1000000 end";
    private static final String BUCKET = "delivery_millis / (" + WIDTH + ") * (" + WIDTH + ")";

    @PersistenceContext
    EntityManager em;

    /** Hours before this are rolled up; empty before the first pass. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDateTime> rolledUntil() {
        Object value = em.createNativeQuery("select rolled_until from stats_rollup_state where id = 1")
                .getSingleResult();
        return Optional.ofNullable(value).map(StatsRollup::time);
    }

    /**
     * One pass: rolls up again the hours whose messages changed, then up to {@code maxNewHours} newly closed
     * hours. Answers whether closed hours remain to be rolled up.
     */
    public boolean pass(LocalDateTime now, int maxNewHours) {
        Object[] state = (Object[]) em.createNativeQuery(
                "select rolled_until, changes_seen_until from stats_rollup_state where id = 1 for update")
                .getSingleResult();
        LocalDateTime closedBefore = hourOf(now.minus(SETTLE));
        LocalDateTime rolledUntil = state[0] == null ? firstHour().orElse(closedBefore) : time(state[0]);
        SortedSet<LocalDateTime> hours = new TreeSet<>();
        if (state[0] != null && state[1] != null) {
            hours.addAll(changedHours(time(state[1]).minus(OVERLAP), rolledUntil));
        }
        LocalDateTime next = rolledUntil;
        for (int i = 0; i < maxNewHours && next.isBefore(closedBefore); i++) {
            hours.add(next);
            next = next.plusHours(1);
        }
        hours.forEach(this::rollUp);
        em.createNativeQuery("update stats_rollup_state set rolled_until = ?1, changes_seen_until = ?2 where id = 1")
                .setParameter(1, next)
                .setParameter(2, now)
                .executeUpdate();
        return next.isBefore(closedBefore);
    }

    private Optional<LocalDateTime> firstHour() {
        Object first = em.createNativeQuery("select min(created_at) from tracked_message").getSingleResult();
        return Optional.ofNullable(first).map(StatsRollup::time).map(StatsRollup::hourOf);
    }

    private List<LocalDateTime> changedHours(LocalDateTime since, LocalDateTime rolledUntil) {
        List<?> hours = em.createNativeQuery("select distinct date_trunc('hour', created_at) from tracked_message"
                        + " where updated_at > ?1 and created_at < ?2 and direction <> 'INBOUND'")
                .setParameter(1, since)
                .setParameter(2, rolledUntil)
                .getResultList();
        return hours.stream().map(StatsRollup::time).toList();
    }

    /** Counts one hour again from its messages. */
    private void rollUp(LocalDateTime hour) {
        LocalDateTime end = hour.plusHours(1);
        em.createNativeQuery("delete from stats_hour where hour_start = ?1").setParameter(1, hour).executeUpdate();
        em.createNativeQuery("delete from stats_delivery_hour where hour_start = ?1").setParameter(1, hour)
                .executeUpdate();
        em.createNativeQuery("insert into stats_hour (hour_start, status, error_code, country, sender, messages)"
                        + " select cast(?1 as timestamp), status, error_code, country,"
                        + " coalesce(messaging_service_sid, from_number), count(*) from tracked_message"
                        + " where created_at >= ?1 and created_at < ?2 and direction <> 'INBOUND'"
                        + " group by status, error_code, country, coalesce(messaging_service_sid, from_number)")
                .setParameter(1, hour)
                .setParameter(2, end)
                .executeUpdate();
        em.createNativeQuery("insert into stats_delivery_hour (hour_start, bucket_ms, width_ms, messages)"
                        + " select cast(?1 as timestamp), " + BUCKET + ", " + WIDTH + ", count(*) from tracked_message"
                        + " where created_at >= ?1 and created_at < ?2 and direction <> 'INBOUND'"
                        + " and delivery_millis is not null group by " + BUCKET + ", " + WIDTH)
                .setParameter(1, hour)
                .setParameter(2, end)
                .executeUpdate();
    }

    static LocalDateTime hourOf(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.HOURS);
    }

    static LocalDateTime time(Object value) {
        return SqlTimes.localDateTime(value);
    }
}
