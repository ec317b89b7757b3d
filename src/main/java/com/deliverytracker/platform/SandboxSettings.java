package com.deliverytracker.platform;

import java.time.Duration;

/**
 * How the built-in sandbox behaves (docs/sandbox.md): the credentials the tracker and the sandbox share, how long
 * a message takes from create to its final receipt, and the mix of outcomes for numbers that are not scenario
 * numbers, as SANDBOX_OUTCOMES wrote it.
 */
public record SandboxSettings(String accountSid, String authToken, Duration deliveryTime, String outcomes) {

    /** Never the token: a record's own toString would print it into any log line it lands in. */
    @Override
    public String toString() {
        return "SandboxSettings[accountSid=" + accountSid + ", deliveryTime=" + deliveryTime + ", outcomes=" + outcomes + "]";
    }
}
