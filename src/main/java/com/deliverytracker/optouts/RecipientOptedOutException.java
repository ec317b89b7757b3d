package com.deliverytracker.optouts;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

public class RecipientOptedOutException extends ProblemException {

    public RecipientOptedOutException() {
        super("The recipient opted out (STOP or similar) and has not opted back in (START); Twilio would refuse "
                + "the message with error 21610.");
    }

    @Override
    public Problem problem() {
        return Problem.of(422, "recipient-opted-out", "Recipient opted out", getMessage()).withTwilioCode(21610);
    }
}
