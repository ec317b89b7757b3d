package com.deliverytracker.twilio;

/**
 * Twilio never processed the request (429 until we gave up, connection refused, or no credentials):
 * nothing was sent, so sending again later is safe.
 */
public class TwilioNotProcessedException extends RuntimeException {

    private final Integer code;

    public TwilioNotProcessedException(String message, Integer code) {
        super(message);
        this.code = code;
    }

    public Integer code() {
        return code;
    }
}
