package com.deliverytracker.platform;

import java.time.Duration;

/**
 * How reconciliation runs. {@code interval} zero means no timer (runs only on request); {@code maxConcurrency}
 * is capped at {@link #MAX_CONCURRENCY}, the size of the executor the application defines for it.
 */
public record ReconcileSettings(Duration interval, Duration staleAfter, Duration giveUpAfter, int maxConcurrency,
                                Duration maxPollGap, Duration unknownGrace) {

    public static final int MAX_CONCURRENCY = 64;

    public boolean timerEnabled() {
        return !interval.isZero();
    }
}
