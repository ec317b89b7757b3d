package com.deliverytracker.twilio;

import java.time.Duration;
import java.util.Optional;

/** Twilio answered 429 to a read: nothing happened, and Twilio asks us to wait (Retry-After) before more. */
public class TwilioThrottledException extends TwilioNotProcessedException {

    private final transient Duration retryAfter;

    public TwilioThrottledException(Integer code, Duration retryAfter) {
        super("Twilio is rate limiting this account (429)", code);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
