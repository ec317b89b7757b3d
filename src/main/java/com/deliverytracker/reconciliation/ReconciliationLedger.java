package com.deliverytracker.reconciliation;

import com.deliverytracker.messages.control.MessageLedger;
import com.deliverytracker.messages.control.Recorded;
import com.deliverytracker.messages.entity.Message;
import com.deliverytracker.messages.entity.MessageStatus;
import com.deliverytracker.messages.entity.StatusReport;
import com.deliverytracker.messages.entity.TwilioFacts;
import com.deliverytracker.platform.ReconcileSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reconciliation's reads and writes, one short transaction each. Claiming is a conditional UPDATE: a row is
 * leased only if nobody holds a live lease on it and it is still a candidate, so when two instances (or two
 * runs) race for the same rows the database's row lock lets exactly one of them win each row.
 */
@ApplicationScoped
@Transactional
public class ReconciliationLedger {

    /** Non-final statuses Twilio can tell us more about. */
    static final Set<MessageStatus> POLLABLE = EnumSet.of(MessageStatus.ACCEPTED, MessageStatus.SCHEDULED,
            MessageStatus.QUEUED, MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.RECEIVING,
            MessageStatus.PARTIALLY_DELIVERED);
    static final Set<MessageStatus> CLAIMABLE = EnumSet.of(MessageStatus.PENDING, MessageStatus.OUTCOME_UNKNOWN);

    static {
        CLAIMABLE.addAll(POLLABLE);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MessageLedger messages;

    /** Flags every non-final message created before {@code horizon}: it is not polled any more. */
    public int giveUp(LocalDateTime horizon, LocalDateTime now) {
        return em.createQuery("update Message m set m.gaveUpAt = :now, m.version = m.version + 1"
                        + " where m.gaveUpAt is null and m.status in :claimable and m.createdAt < :horizon")
                .setParameter("now", now)
                .setParameter("claimable", CLAIMABLE)
                .setParameter("horizon", horizon)
                .executeUpdate();
    }

    /**
     * Leases up to {@code limit} candidates to {@code token} until {@code leaseUntil}: messages silent for the
     * stale threshold whose backoff has passed, in a pollable status with a SID, or whose send has an unknown
     * outcome (a pending one only once the grace for an unfinished send has passed).
     */
    public Claim claim(String token, LocalDateTime now, ReconcileSettings settings, LocalDateTime leaseUntil,
                       int limit) {
        LocalDateTime staleBefore = now.minus(settings.staleAfter());
        LocalDateTime pendingBefore = now.minus(settings.unknownGrace().compareTo(settings.staleAfter()) > 0
                ? settings.unknownGrace() : settings.staleAfter());
        List<String> candidates = em.createQuery("select m.id from Message m"
                        + " where m.gaveUpAt is null and m.updatedAt <= :staleBefore"
                        + " and (m.nextPollAt is null or m.nextPollAt <= :now)"
                        + " and (m.leaseUntil is null or m.leaseUntil < :now)"
                        + " and ((m.status in :pollable and m.sid is not null)"
                        + " or (m.status = :unknown and m.sid is null)"
                        + " or (m.status = :pending and m.sid is null and m.createdAt <= :pendingBefore))"
                        + " order by m.updatedAt", String.class)
                .setParameter("staleBefore", staleBefore)
                .setParameter("now", now)
                .setParameter("pollable", POLLABLE)
                .setParameter("unknown", MessageStatus.OUTCOME_UNKNOWN)
                .setParameter("pending", MessageStatus.PENDING)
                .setParameter("pendingBefore", pendingBefore)
                .setMaxResults(limit)
                .getResultList();
        if (candidates.isEmpty()) {
            return new Claim(false, List.of());
        }
        int leased = em.createQuery("update Message m set m.leaseOwner = :token, m.leaseUntil = :leaseUntil,"
                        + " m.version = m.version + 1"
                        + " where m.id in :ids and m.gaveUpAt is null and m.status in :claimable"
                        + " and m.updatedAt <= :staleBefore and (m.nextPollAt is null or m.nextPollAt <= :now)"
                        + " and (m.leaseUntil is null or m.leaseUntil < :now)")
                .setParameter("token", token)
                .setParameter("leaseUntil", leaseUntil)
                .setParameter("ids", candidates)
                .setParameter("claimable", CLAIMABLE)
                .setParameter("staleBefore", staleBefore)
                .setParameter("now", now)
                .executeUpdate();
        if (leased == 0) {
            return new Claim(true, List.of());
        }
        return new Claim(true, em.createQuery("select m from Message m where m.leaseOwner = :token", Message.class)
                .setParameter("token", token)
                .getResultStream()
                .map(m -> new ClaimedMessage(m.id(), token, m.sid(), m.to(), m.from(), m.messagingServiceSid(),
                        m.body(), m.createdAt()))
                .toList());
    }

    /** What a claim found: whether there were candidates at all, and those this claim won. */
    public record Claim(boolean candidatesFound, List<ClaimedMessage> messages) {
    }

    /**
     * Records what a poll learnt (Twilio's word is true whoever asked) and books the poll, news resetting the
     * backoff, unless the lease ran out and another run claimed the message since: that run books its own.
     */
    public Recorded settle(ClaimedMessage claimed, StatusReport report, TwilioFacts facts, LocalDateTime now,
                           ReconcileSettings settings) {
        Recorded recorded = messages.record(claimed.id(), report, facts);
        if (recorded.message().leasedTo(claimed.token())) {
            recorded.message().polled(recorded.statusChanged(), now, settings.staleAfter(), settings.maxPollGap());
        }
        return recorded;
    }

    /** Books a poll that brought no news (Twilio did not know the message, or it was not found yet). */
    public void noNews(ClaimedMessage claimed, LocalDateTime now, ReconcileSettings settings) {
        Message message = em.find(Message.class, claimed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.leasedTo(claimed.token())) {
            message.polled(false, now, settings.staleAfter(), settings.maxPollGap());
        }
    }

    /** Returns a lease unused (Twilio could not be asked); the message is a candidate again at {@code retryAt}. */
    public void release(ClaimedMessage claimed, LocalDateTime retryAt) {
        Message message = em.find(Message.class, claimed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.leasedTo(claimed.token())) {
            message.unpolled(retryAt);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isTracked(String sid) {
        return !em.createNamedQuery(Message.BY_SID, Message.class).setParameter("sid", sid).setMaxResults(1)
                .getResultList().isEmpty();
    }

    public ReconcileRun save(ReconcileRun run) {
        em.persist(run);
        return run;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReconcileRun> latestRuns(int limit) {
        return em.createNamedQuery(ReconcileRun.LATEST, ReconcileRun.class).setMaxResults(limit).getResultList();
    }
}
