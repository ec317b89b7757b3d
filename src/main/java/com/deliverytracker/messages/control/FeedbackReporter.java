package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.EventSource;
import com.deliverytracker.messages.entity.FeedbackOutcome;
import com.deliverytracker.messages.entity.Message;
import com.deliverytracker.messages.entity.StatusReport;
import com.deliverytracker.messages.entity.TwilioFacts;
import com.deliverytracker.operations.OperationsCounters;
import com.deliverytracker.operations.OperationsCounters.Metric;
import com.deliverytracker.twilio.TwilioGateway;
import com.deliverytracker.twilio.TwilioNotProcessedException;
import com.deliverytracker.twilio.TwilioRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives Twilio's Message Feedback API the outcome our caller observed, then records it in the history with
 * source {@code feedback}. Twilio first: what the history says was given, Twilio has. A repeat of the
 * feedback the message already has is answered from the history without calling Twilio again.
 */
@ApplicationScoped
public class FeedbackReporter {

    private static final Logger LOG = Logger.getLogger(FeedbackReporter.class.getName());

    @Inject
    MessageQueries queries;

    @Inject
    MessageLedger ledger;

    @Inject
    TwilioGateway twilio;

    @Inject
    OperationsCounters counters;

    public Recorded report(String idOrSid, FeedbackOutcome outcome) {
        Message message = queries.byIdOrSid(idOrSid);
        if (!message.provideFeedback()) {
            throw FeedbackRefusedException.notRequested(message.id());
        }
        if (message.sid() == null) {
            throw FeedbackRefusedException.notAtTwilio(message.id());
        }
        if (outcome == message.feedbackOutcome()) {
            counters.count(Metric.FEEDBACK, "repeated");
            return new Recorded(message, true, false);
        }
        try {
            twilio.feedback(message.sid(), outcome.wireName());
        } catch (TwilioRejectedException e) {
            counters.count(Metric.FEEDBACK, "failed");
            throw new FeedbackFailedException(message.id(), e.code(), "Twilio answered " + e.httpStatus() + ": "
                    + e.getMessage());
        } catch (TwilioNotProcessedException e) {
            counters.count(Metric.FEEDBACK, "failed");
            throw new FeedbackFailedException(message.id(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            counters.count(Metric.FEEDBACK, "failed");
            LOG.log(Level.WARNING, "Feedback for " + message.sid() + " failed", e);
            throw new FeedbackFailedException(message.id(), null, "Twilio could not be reached");
        }
        counters.count(Metric.FEEDBACK, outcome.wireName());
        int earlierFeedback = (int) queries.history(message.id()).stream()
                .filter(event -> event.source() == EventSource.FEEDBACK).count();
        return ledger.record(message.id(), StatusReport.feedback(outcome, message.status(), earlierFeedback),
                TwilioFacts.NONE);
    }
}
