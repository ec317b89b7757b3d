package com.deliverytracker.messages.control;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

/** Twilio did not take the feedback (it refused it, or could not be reached); nothing was recorded. */
public class FeedbackFailedException extends ProblemException {

    private final String messageId;
    private final Integer twilioCode;

    FeedbackFailedException(String messageId, Integer twilioCode, String reason) {
        super("Twilio did not take the feedback: " + reason + ". Nothing was recorded; try again later.");
        this.messageId = messageId;
        this.twilioCode = twilioCode;
    }

    @Override
    public Problem problem() {
        return Problem.of(502, "feedback-failed", "Feedback not delivered to Twilio", getMessage())
                .withMessage(messageId).withTwilioCode(twilioCode);
    }
}
