package com.deliverytracker.messages.control;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

/** Feedback Twilio would not take for this message: it was not sent asking for it, or never reached Twilio. */
public class FeedbackRefusedException extends ProblemException {

    private final String messageId;

    private FeedbackRefusedException(String messageId, String detail) {
        super(detail);
        this.messageId = messageId;
    }

    static FeedbackRefusedException notRequested(String messageId) {
        return new FeedbackRefusedException(messageId, "Twilio accepts feedback only for messages sent with "
                + "provideFeedback: true. Send with \"provideFeedback\": true the messages you will give feedback on.");
    }

    static FeedbackRefusedException notAtTwilio(String messageId) {
        return new FeedbackRefusedException(messageId, "The message has no Twilio SID (it was never accepted by "
                + "Twilio, or its outcome is unknown): there is nothing to give feedback on yet.");
    }

    @Override
    public Problem problem() {
        return Problem.of(409, "feedback-not-accepted", "Feedback not accepted", getMessage()).withMessage(messageId);
    }
}
