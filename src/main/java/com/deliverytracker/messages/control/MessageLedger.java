package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.EventSource;
import com.deliverytracker.messages.entity.InboundMessage;
import com.deliverytracker.messages.entity.Message;
import com.deliverytracker.messages.entity.MessageStatus;
import com.deliverytracker.messages.entity.MessageRef;
import com.deliverytracker.messages.entity.StatusEvent;
import com.deliverytracker.messages.entity.StatusReport;
import com.deliverytracker.messages.entity.TwilioFacts;
import com.deliverytracker.platform.UtcClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Writes messages and their history, one short transaction per call. Every report is recorded under a row
 * lock on its message, so two callbacks for one message are applied one after the other and the derived
 * status is the fold of the whole history; the unique dedupe constraint backs the duplicate check.
 */
@ApplicationScoped
@Transactional
public class MessageLedger {

    private static final Logger LOG = Logger.getLogger(MessageLedger.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MessageChanged> changes;

    /** Stores a message we are about to send, before Twilio hears of it. */
    public Message open(SendCommand command, String scopedIdempotencyKey) {
        Message message = Message.outbound(command.to(), command.from(), command.messagingServiceSid(),
                command.body(), command.mediaUrls(), command.provideFeedback(), UtcClock.now());
        if (scopedIdempotencyKey != null) {
            message.guardWith(scopedIdempotencyKey, command.fingerprint());
        }
        em.persist(message);
        em.flush();
        changes.fire(new MessageChanged(message));
        return message;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Message> findByIdempotencyKey(String scopedIdempotencyKey) {
        return em.createNamedQuery(Message.BY_IDEMPOTENCY_KEY, Message.class)
                .setParameter("key", scopedIdempotencyKey)
                .getResultStream()
                .findFirst();
    }

    /** Records a report about a message we know by id. */
    public Recorded record(String messageId, StatusReport report, TwilioFacts facts) {
        Message message = lockById(messageId).orElseThrow(() -> new MessageNotFoundException(messageId));
        return recordOn(message, report, facts);
    }

    /** Records a report about a message named by id or SID, creating it if we have never seen it. */
    public Recorded record(MessageRef ref, StatusReport report, TwilioFacts facts) {
        Message message = ref.id() == null ? null : lockById(ref.id()).orElse(null);
        if (message == null && ref.sid() != null) {
            message = lockBySid(ref.sid()).orElse(null);
        }
        if (message == null) {
            message = discover(ref);
            em.persist(message);
            em.flush();
        }
        return recordOn(message, report, facts);
    }

    private Message discover(MessageRef ref) {
        Message answered = ref.inReplyTo() == null ? null : em.find(Message.class, ref.inReplyTo());
        return answered == null ? Message.discovered(ref, UtcClock.now()) : answered.replyDiscovered(ref, UtcClock.now());
    }

    /** Keeps the text of the TwiML reply to an inbound message, so that the tracked reply shows it. */
    public void answered(String inboundId, String text) {
        lockById(inboundId).ifPresent(inbound -> inbound.answeredWith(text));
    }

    /** Records an inbound message once, however often Twilio delivers its webhook. */
    public Recorded receive(InboundMessage inbound) {
        Message message = lockBySid(inbound.sid()).orElse(null);
        if (message == null) {
            message = Message.inbound(inbound, UtcClock.now());
            em.persist(message);
            em.flush();
        }
        return recordOn(message, StatusReport.of(MessageStatus.RECEIVED, EventSource.CALLBACK), TwilioFacts.NONE);
    }

    private Optional<Message> lockById(String id) {
        return em.createNamedQuery(Message.LOCK_BY_ID, Message.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    private Optional<Message> lockBySid(String sid) {
        return em.createNamedQuery(Message.LOCK_BY_SID, Message.class).setParameter("sid", sid)
                .getResultStream().findFirst();
    }

    private Recorded recordOn(Message message, StatusReport report, TwilioFacts facts) {
        message.learn(facts);
        if (alreadyRecorded(message.id(), report.dedupeKey()) || confirmsKnownStatus(message.id(), report)) {
            return new Recorded(message, true, false);
        }
        StatusEvent event = new StatusEvent(message.id(), report, UtcClock.now());
        em.persist(event);
        boolean changed = message.apply(event);
        em.flush();
        changes.fire(new MessageChanged(message));
        if (changed) {
            LOG.info(() -> (message.sid() == null ? message.id() : message.sid()) + ": " + message.status().wireName());
        }
        return new Recorded(message, false, changed);
    }

    /** A poll that finds a status the history already has is no news: it is not recorded again. */
    private boolean confirmsKnownStatus(String messageId, StatusReport report) {
        return report.source() == EventSource.POLL && !em.createNamedQuery(StatusEvent.STATUS_SEEN, Long.class)
                .setParameter("id", messageId)
                .setParameter("status", report.status())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private boolean alreadyRecorded(String messageId, String dedupeKey) {
        List<Long> found = em.createNamedQuery(StatusEvent.DEDUPE_HIT, Long.class)
                .setParameter("id", messageId)
                .setParameter("key", dedupeKey)
                .setMaxResults(1)
                .getResultList();
        return !found.isEmpty();
    }
}
