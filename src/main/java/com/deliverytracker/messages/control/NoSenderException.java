package com.deliverytracker.messages.control;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

public class NoSenderException extends ProblemException {

    public NoSenderException() {
        super("Name 'from' or 'messagingServiceSid', or configure TWILIO_FROM_NUMBER or "
                + "TWILIO_MESSAGING_SERVICE_SID.");
    }

    @Override
    public Problem problem() {
        return Problem.of(422, "no-sender", "No sender", getMessage());
    }
}
