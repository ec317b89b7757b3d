package com.deliverytracker.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reads messages for an export one page at a time, in (created_at, id) order along {@code ix_message_created},
 * each page after the last row of the one before: every page is a short query, and memory holds one page.
 */
@ApplicationScoped
public class ExportQueries {

    static final List<String> COLUMNS = List.of("id", "sid", "direction", "from", "to", "status", "errorCode",
            "errorMessage", "numSegments", "price", "priceUnit", "country", "createdAt", "dateSent", "deliveredAt",
            "deliveryMillis", "feedbackOutcome", "updatedAt");

    private static final String SELECT = "select id, sid, direction, from_number, to_number, status, error_code,"
            + " error_message, num_segments, price, price_unit, country, created_at, date_sent, delivered_at,"
            + " delivery_millis, feedback_outcome, updated_at from tracked_message";

    @PersistenceContext
    EntityManager em;

    /** A page of rows as column values, created in [since, until), after ({@code afterCreated}, {@code afterId}). */
    List<Object[]> page(LocalDateTime since, LocalDateTime until, LocalDateTime afterCreated, String afterId,
                        int size) {
        String where = afterCreated == null ? " where created_at >= ?1 and created_at < ?2"
                // "created_at >= ?3" first: a plain range on the index, whatever the database makes of the OR
                : " where created_at >= ?3 and created_at < ?2 and (created_at > ?3 or id > ?4)";
        var query = em.createNativeQuery(SELECT + where + " order by created_at, id")
                .setParameter(2, until)
                .setMaxResults(size);
        if (afterCreated == null) {
            query.setParameter(1, since);
        } else {
            query.setParameter(3, afterCreated).setParameter(4, afterId);
        }
        return query.getResultList().stream().map(Object[].class::cast).toList();
    }
}
