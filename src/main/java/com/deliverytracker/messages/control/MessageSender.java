package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.EventSource;
import com.deliverytracker.messages.entity.Message;
import com.deliverytracker.messages.entity.MessageStatus;
import com.deliverytracker.messages.entity.StatusReport;
import com.deliverytracker.messages.entity.TwilioFacts;
import com.deliverytracker.operations.OperationsCounters;
import com.deliverytracker.operations.OperationsCounters.Metric;
import com.deliverytracker.optouts.OptOutRegistry;
import com.deliverytracker.optouts.RecipientOptedOutException;
import com.deliverytracker.platform.ConflictRetry;
import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.twilio.OutboundMessage;
import com.deliverytracker.twilio.TwilioGateway;
import com.deliverytracker.twilio.TwilioMessage;
import com.deliverytracker.twilio.TwilioNotProcessedException;
import com.deliverytracker.twilio.TwilioOutcomeUnknownException;
import com.deliverytracker.twilio.TwilioRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends a message so that nothing is lost or doubled: the message is stored before Twilio is called, its id
 * travels in the StatusCallback URL (a callback may beat create()), and the Twilio call happens outside any
 * transaction, exactly once. An Idempotency-Key is held by a unique constraint, so concurrent repeats of
 * one request make one Twilio call.
 */
@ApplicationScoped
public class MessageSender {

    private static final int RECORD_ATTEMPTS = 4;

    @Inject
    MessageLedger ledger;

    @Inject
    TwilioGateway twilio;

    @Inject
    TrackerConfig config;

    @Inject
    OptOutRegistry optOuts;

    @Inject
    OperationsCounters counters;

    public SendResult send(SendCommand command, String clientId, Optional<String> idempotencyKey) {
        SendCommand resolved = withSender(command);
        if (idempotencyKey.isEmpty()) {
            refuseOptedOut(resolved);
            return dispatch(ledger.open(resolved, null), resolved);
        }
        String scopedKey = clientId + ":" + idempotencyKey.get();
        Optional<Message> earlier = ledger.findByIdempotencyKey(scopedKey);
        if (earlier.isPresent()) {
            // a repeat of a send made before the recipient opted out still answers with that send
            return replay(earlier.get(), resolved);
        }
        refuseOptedOut(resolved);
        Message opened;
        try {
            opened = ledger.open(resolved, scopedKey);
        } catch (PersistenceException | TransactionalException lostRace) {
            return replay(ledger.findByIdempotencyKey(scopedKey).orElseThrow(() -> lostRace), resolved);
        }
        return dispatch(opened, resolved);
    }

    private void refuseOptedOut(SendCommand command) {
        if (optOuts.isOptedOut(command.to())) {
            throw new RecipientOptedOutException();
        }
    }

    private SendCommand withSender(SendCommand command) {
        if (command.from() != null || command.messagingServiceSid() != null) {
            return command;
        }
        if (config.messagingServiceSid().isPresent()) {
            return new SendCommand(command.to(), command.body(), command.mediaUrls(), null,
                    config.messagingServiceSid().get(), command.provideFeedback());
        }
        return config.fromNumber()
                .map(from -> new SendCommand(command.to(), command.body(), command.mediaUrls(), from, null,
                        command.provideFeedback()))
                .orElseThrow(NoSenderException::new);
    }

    private SendResult replay(Message earlier, SendCommand command) {
        if (!command.fingerprint().equals(earlier.requestFingerprint())) {
            throw new IdempotencyConflictException(earlier.id());
        }
        counters.count(Metric.SENDS, "repeated");
        return new SendResult(earlier, false);
    }

    private SendResult dispatch(Message message, SendCommand command) {
        String id = message.id();
        try {
            TwilioMessage sent = twilio.send(outbound(id, command));
            Recorded recorded = recordSent(id, TwilioReports.reportOf(sent, EventSource.API),
                    TwilioReports.factsOf(sent));
            counters.count(Metric.SENDS, "accepted");
            return new SendResult(recorded.message(), true);
        } catch (TwilioRejectedException e) {
            counters.count(Metric.SENDS, "rejected");
            ledger.record(id, StatusReport.failure(MessageStatus.FAILED, EventSource.API, e.code(), e.getMessage()),
                    TwilioFacts.NONE);
            throw SendFailedException.rejected(id, e.httpStatus(), e.code(), e.getMessage());
        } catch (TwilioNotProcessedException e) {
            counters.count(Metric.SENDS, "not_sent");
            ledger.record(id, StatusReport.failure(MessageStatus.FAILED, EventSource.API, e.code(),
                    "Not sent: " + e.getMessage()), TwilioFacts.NONE);
            throw SendFailedException.notSent(id, e.code(), e.getMessage());
        } catch (TwilioOutcomeUnknownException e) {
            counters.count(Metric.SENDS, "outcome_unknown");
            ledger.record(id, StatusReport.failure(MessageStatus.OUTCOME_UNKNOWN, EventSource.API, null,
                    e.getMessage()), TwilioFacts.NONE);
            throw SendFailedException.outcomeUnknown(id, e.timedOut(), e.getMessage());
        }
    }

    /**
     * Twilio has the message now: its answer must be recorded, or the caller might send again. A lock held
     * by a concurrent callback, or a database blip, gets a few more tries (the report is idempotent).
     */
    private Recorded recordSent(String id, StatusReport report, TwilioFacts facts) {
        return ConflictRetry.retry(RECORD_ATTEMPTS, Duration.ofMillis(100), () -> ledger.record(id, report, facts));
    }

    private OutboundMessage outbound(String id, SendCommand command) {
        return new OutboundMessage(command.to(), command.from(), command.messagingServiceSid(), command.body(),
                command.mediaUrls().stream().map(URI::create).toList(),
                URI.create(config.publicBaseUrl() + "/twilio/status?messageId=" + id),
                command.provideFeedback());
    }
}
