package com.deliverytracker.reconciliation;

import java.time.Duration;

/**
 * Paces one run's calls to Twilio: at most {@code limit} calls in flight, and after a 429 nobody calls until
 * Retry-After has passed while the limit halves; it grows back by one after each {@code limit} successes in
 * a row, up to the configured maximum (additive increase, multiplicative decrease, as TCP does).
 * <p>
 * A poll holds a {@link Ticket}: its slot only while it talks to Twilio, so recording the answer in the
 * database does not hold Twilio's concurrency back; the ticket itself until the poll is done, and at most
 * twice the maximum polls are unfinished at once, so recording cannot fall behind without bound.
 */
final class PollPacer {

    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);
    /** A Retry-After beyond this is taken as this: the run goes on, and a later 429 pauses it again. */
    static final Duration MAX_PAUSE = Duration.ofMinutes(5);

    private final int maxConcurrency;
    private int limit;
    private int inFlight;
    private int unfinished;
    private int successesInRow;
    private long pausedUntilNanos = System.nanoTime();

    PollPacer(int maxConcurrency) {
        this.maxConcurrency = maxConcurrency;
        this.limit = maxConcurrency;
    }

    /** Takes a slot for one poll, waiting for a free one and for any pause to end. */
    synchronized Ticket acquire() throws InterruptedException {
        while (inFlight >= limit || unfinished >= 2 * maxConcurrency || paused()) {
            waitAtMost(inFlight >= limit || unfinished >= 2 * maxConcurrency ? 0 : remainingPauseNanos());
        }
        inFlight++;
        unfinished++;
        return new Ticket();
    }

    /** One poll's claim on the pacer. */
    final class Ticket implements AutoCloseable {

        private boolean calling = true;
        private boolean closed;

        /** The poll is done talking to Twilio: its slot goes to the next poll. */
        void callDone() {
            synchronized (PollPacer.this) {
                if (calling) {
                    calling = false;
                    inFlight--;
                    PollPacer.this.notifyAll();
                }
            }
        }

        /** The poll is done. */
        @Override
        public void close() {
            synchronized (PollPacer.this) {
                callDone();
                if (!closed) {
                    closed = true;
                    unfinished--;
                    PollPacer.this.notifyAll();
                }
            }
        }
    }

    /** Called by a task holding a slot before each call to Twilio: waits out a pause ordered by a 429. */
    synchronized void awaitGreenLight() throws InterruptedException {
        while (paused()) {
            waitAtMost(remainingPauseNanos());
        }
    }

    synchronized void succeeded() {
        if (limit < maxConcurrency && ++successesInRow >= limit) {
            limit++;
            successesInRow = 0;
            notifyAll();
        }
    }

    synchronized void throttled(Duration retryAfter) {
        Duration pause = retryAfter == null || retryAfter.isNegative() || retryAfter.isZero() ? DEFAULT_PAUSE
                : retryAfter.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : retryAfter;
        long until = System.nanoTime() + pause.toNanos();
        // the polls in flight when Twilio said stop all come back with 429: one halving per pause, not one each
        if (!paused()) {
            limit = Math.max(1, limit / 2);
        }
        if (until - pausedUntilNanos > 0) {
            pausedUntilNanos = until;
        }
        successesInRow = 0;
    }

    /** Waits until every poll that took a ticket is done. */
    synchronized void awaitIdle() throws InterruptedException {
        while (unfinished > 0) {
            wait();
        }
    }

    synchronized int limit() {
        return limit;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int unfinished() {
        return unfinished;
    }

    private boolean paused() {
        return remainingPauseNanos() > 0;
    }

    private long remainingPauseNanos() {
        return pausedUntilNanos - System.nanoTime();
    }

    private void waitAtMost(long nanos) throws InterruptedException {
        if (nanos <= 0) {
            wait();
        } else {
            wait(Math.max(1, nanos / 1_000_000), 0);
        }
    }
}
