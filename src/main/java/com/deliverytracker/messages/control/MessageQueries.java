package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.Message;
import com.deliverytracker.messages.entity.StatusEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads messages and their history; every query here is served by an index on tracked_message. */
@ApplicationScoped
public class MessageQueries {

    @PersistenceContext
    EntityManager em;

    /** By our id, else by Twilio's SID. */
    public Message byIdOrSid(String idOrSid) {
        Message byId = em.find(Message.class, idOrSid);
        if (byId != null) {
            return byId;
        }
        return em.createNamedQuery(Message.BY_SID, Message.class)
                .setParameter("sid", idOrSid)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new MessageNotFoundException(idOrSid));
    }

    /** The ids of the replies to each of the given messages, oldest first. */
    public Map<String, List<String>> repliesTo(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> replies = new HashMap<>();
        em.createNamedQuery(Message.REPLIES_TO, Object[].class)
                .setParameter("ids", messageIds)
                .getResultList()
                .forEach(row -> replies.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return replies;
    }

    public List<StatusEvent> history(String messageId) {
        return em.createNamedQuery(StatusEvent.HISTORY, StatusEvent.class)
                .setParameter("id", messageId)
                .getResultList();
    }

    /** Newest first, keyset-paginated on (createdAt, id); asks for one more row to know if a next page exists. */
    public MessagePage list(MessageFilter filter) {
        StringBuilder jpql = new StringBuilder("select m from Message m where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        filter.status().ifPresent(status -> add(jpql, params, " and m.status = :status", "status", status));
        filter.direction().ifPresent(direction -> add(jpql, params, " and m.direction = :direction", "direction",
                direction));
        filter.to().ifPresent(to -> add(jpql, params, " and m.to = :to", "to", to));
        filter.since().ifPresent(since -> add(jpql, params, " and m.createdAt >= :since", "since", since));
        Optional<PageCursor> after = filter.cursor();
        if (after.isPresent()) {
            jpql.append(" and (m.createdAt < :cursorAt or (m.createdAt = :cursorAt and m.id < :cursorId))");
            params.add(new Object[]{"cursorAt", after.get().createdAt()});
            params.add(new Object[]{"cursorId", after.get().id()});
        }
        jpql.append(" order by m.createdAt desc, m.id desc");
        TypedQuery<Message> query = em.createQuery(jpql.toString(), Message.class);
        params.forEach(param -> query.setParameter((String) param[0], param[1]));
        List<Message> rows = query.setMaxResults(filter.limit() + 1).getResultList();
        if (rows.size() <= filter.limit()) {
            return new MessagePage(rows, Optional.empty());
        }
        List<Message> page = rows.subList(0, filter.limit());
        Message last = page.get(page.size() - 1);
        return new MessagePage(page, Optional.of(new PageCursor(last.createdAt(), last.id())));
    }

    private static void add(StringBuilder jpql, List<Object[]> params, String clause, String name, Object value) {
        jpql.append(clause);
        params.add(new Object[]{name, value});
    }
}
