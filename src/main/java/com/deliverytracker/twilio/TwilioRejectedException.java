package com.deliverytracker.twilio;

/** Twilio processed the request and refused it (a 4xx other than 429): it will not be sent. */
public class TwilioRejectedException extends RuntimeException {

    private final int httpStatus;
    private final Integer code;

    public TwilioRejectedException(int httpStatus, Integer code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public Integer code() {
        return code;
    }
}
