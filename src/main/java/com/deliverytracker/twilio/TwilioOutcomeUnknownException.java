package com.deliverytracker.twilio;

/**
 * The request reached Twilio but no usable answer came back (a 5xx or a read timeout): the message may or
 * may not have been sent, so it must never be sent again blindly.
 */
public class TwilioOutcomeUnknownException extends RuntimeException {

    private final boolean timedOut;

    public TwilioOutcomeUnknownException(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
