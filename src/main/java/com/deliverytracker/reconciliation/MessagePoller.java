package com.deliverytracker.reconciliation;

import com.deliverytracker.messages.control.TwilioReports;
import com.deliverytracker.messages.entity.EventSource;
import com.deliverytracker.messages.entity.MessageStatus;
import com.deliverytracker.messages.entity.StatusReport;
import com.deliverytracker.messages.entity.TwilioFacts;
import com.deliverytracker.platform.ReconcileSettings;
import com.deliverytracker.platform.UtcClock;
import com.deliverytracker.twilio.TwilioGateway;
import com.deliverytracker.twilio.TwilioMessage;
import com.deliverytracker.twilio.TwilioRejectedException;
import com.deliverytracker.twilio.TwilioThrottledException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks Twilio about one claimed message and records the answer with source {@code poll}. A message Twilio
 * knows is fetched by SID; a send whose outcome is unknown is looked up in the recent messages to its
 * recipient, and never sent again: found, it is tracked under its SID; still missing after the grace
 * period, it is failed, since Twilio would list a message it had accepted.
 */
@ApplicationScoped
public class MessagePoller {

    private static final Logger LOG = Logger.getLogger(MessagePoller.class.getName());
    private static final int THROTTLED_ATTEMPTS = 5;
    /** Twilio's largest page: a busy recipient's recent messages, newest first, must reach back to ours. */
    private static final int LOOKUP_PAGE_SIZE = 1000;
    /** How far Twilio's clock and ours may disagree when matching a message by its creation time. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    TwilioGateway twilio;

    @Inject
    ReconciliationLedger ledger;

    /**
     * Polls one message: asks Twilio (holding the ticket's slot, retrying after a 429 once the pause has passed),
     * then records the answer with the slot already given back.
     */
    void poll(ClaimedMessage message, PollPacer.Ticket ticket, PollPacer pacer, RunTally tally,
              ReconcileSettings settings) throws InterruptedException {
        Reply reply;
        try {
            reply = ask(message, pacer, tally);
        } finally {
            ticket.callDone();
        }
        try {
            if (reply.failure() != null) {
                settleFailure(message, reply.failure(), tally, settings);
                return;
            }
            boolean changed = reply.fetched() != null ? recordFetched(message, reply.fetched(), settings)
                    : recordLookUp(message, reply.listed(), settings);
            tally.countPoll();
            if (changed) {
                tally.countChange();
            }
        } catch (RuntimeException e) {
            tally.countError();
            LOG.log(Level.WARNING, "Recording the poll of " + label(message) + " failed, retrying in a later run", e);
            releaseQuietly(message, settings);
        }
    }

    /** What Twilio answered: the message, the recent messages to its recipient, or why there is no answer. */
    private record Reply(TwilioMessage fetched, List<TwilioMessage> listed, RuntimeException failure) {
    }

    private Reply ask(ClaimedMessage message, PollPacer pacer, RunTally tally) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            pacer.awaitGreenLight();
            try {
                Reply reply = message.knownToTwilio() ? new Reply(twilio.fetch(message.sid()), null, null)
                        : new Reply(null, twilio.recentMessagesTo(message.to(), lookUpFrom(message), LOOKUP_PAGE_SIZE),
                        null);
                pacer.succeeded();
                return reply;
            } catch (TwilioThrottledException e) {
                tally.countThrottle();
                pacer.throttled(e.retryAfter().orElse(null));
                if (attempt >= THROTTLED_ATTEMPTS) {
                    return new Reply(null, null, e);
                }
            } catch (RuntimeException e) {
                return new Reply(null, null, e);
            }
        }
    }

    private void settleFailure(ClaimedMessage message, RuntimeException failure, RunTally tally,
                               ReconcileSettings settings) {
        tally.countError();
        if (failure instanceof TwilioRejectedException rejected) {
            // e.g. 404: Twilio does not know this SID (another account's message); ask less and less often
            LOG.warning(() -> "Polling " + label(message) + ": Twilio answered " + rejected.httpStatus() + " "
                    + rejected.getMessage());
            ledger.noNews(message, UtcClock.now(), settings);
        } else if (failure instanceof TwilioThrottledException) {
            LOG.warning(() -> "Polling " + label(message) + ": still throttled after " + THROTTLED_ATTEMPTS
                    + " attempts, retrying in a later run");
            releaseQuietly(message, settings);
        } else {
            LOG.log(Level.WARNING, "Polling " + label(message) + " failed, retrying in a later run", failure);
            releaseQuietly(message, settings);
        }
    }

    private static String lookUpFrom(ClaimedMessage message) {
        return message.messagingServiceSid() == null ? message.from() : null;
    }

    private boolean recordFetched(ClaimedMessage message, TwilioMessage answer, ReconcileSettings settings) {
        return ledger.settle(message, TwilioReports.reportOf(answer, EventSource.POLL),
                TwilioReports.factsOf(answer), UtcClock.now(), settings).statusChanged();
    }

    private boolean recordLookUp(ClaimedMessage message, List<TwilioMessage> recent, ReconcileSettings settings) {
        Optional<TwilioMessage> found = recent.stream()
                .filter(candidate -> sameMessage(message, candidate, settings))
                .filter(candidate -> !ledger.isTracked(candidate.sid()))
                .min(Comparator.comparing(candidate -> distance(message, candidate)));
        LocalDateTime now = UtcClock.now();
        if (found.isPresent()) {
            LOG.info(() -> message.id() + ": outcome unknown, found at Twilio as " + found.get().sid());
            return ledger.settle(message, TwilioReports.reportOf(found.get(), EventSource.POLL),
                    TwilioReports.factsOf(found.get()), now, settings).statusChanged();
        }
        if (!message.createdAt().plus(settings.unknownGrace()).isAfter(now)) {
            LOG.info(() -> message.id() + ": outcome unknown, not found at Twilio: failed");
            return ledger.settle(message, StatusReport.failure(MessageStatus.FAILED, EventSource.POLL, null,
                    "Not sent: Twilio has no record of this message " + settings.unknownGrace().toSeconds()
                            + " s after the send was attempted"), TwilioFacts.NONE, now, settings).statusChanged();
        }
        ledger.noNews(message, now, settings);
        return false;
    }

    /** Twilio's list is filtered by To (and From); the body, the service and the creation time must match too. */
    private static boolean sameMessage(ClaimedMessage ours, TwilioMessage theirs, ReconcileSettings settings) {
        if (theirs.sid() == null || !Objects.equals(emptyIfNull(ours.body()), emptyIfNull(theirs.body()))) {
            return false;
        }
        if (ours.messagingServiceSid() != null && !ours.messagingServiceSid().equals(theirs.messagingServiceSid())) {
            return false;
        }
        if (theirs.dateCreated() == null) {
            return true;
        }
        Instant created = ours.createdAt().toInstant(ZoneOffset.UTC);
        return !theirs.dateCreated().isBefore(created.minus(CLOCK_SKEW))
                && !theirs.dateCreated().isAfter(created.plus(CLOCK_SKEW).plus(settings.unknownGrace()));
    }

    private static Duration distance(ClaimedMessage ours, TwilioMessage theirs) {
        return theirs.dateCreated() == null ? Duration.ofDays(1)
                : Duration.between(ours.createdAt().toInstant(ZoneOffset.UTC), theirs.dateCreated()).abs();
    }

    private static String emptyIfNull(String value) {
        return value == null ? "" : value;
    }

    private void releaseQuietly(ClaimedMessage message, ReconcileSettings settings) {
        try {
            ledger.release(message, UtcClock.now().plus(settings.staleAfter()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not return the lease on " + label(message) + "; it expires by itself", e);
        }
    }

    private static String label(ClaimedMessage message) {
        return message.sid() == null ? message.id() : message.sid();
    }
}
