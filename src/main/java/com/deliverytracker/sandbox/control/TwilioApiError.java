package com.deliverytracker.sandbox.control;

/** A refusal by the sandbox's Twilio API, answered in Twilio's error JSON with Twilio's code. */
public class TwilioApiError extends RuntimeException {

    private final int httpStatus;
    private final int code;

    public TwilioApiError(int httpStatus, int code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }

    static TwilioApiError badRequest(int code, String message) {
        return new TwilioApiError(400, code, message);
    }

    public static TwilioApiError notFound(String path) {
        return new TwilioApiError(404, 20404, "The requested resource " + path + " was not found");
    }
}
