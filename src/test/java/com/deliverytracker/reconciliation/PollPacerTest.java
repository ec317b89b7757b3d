package com.deliverytracker.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PollPacerTest {

    @Test
    void neverLetsMoreThanTheLimitCallTwilioAtOnce() throws Exception {
        PollPacer pacer = new PollPacer(2);
        PollPacer.Ticket first = pacer.acquire();
        pacer.acquire();
        CountDownLatch third = acquireInBackground(pacer);

        assertFalse(third.await(200, TimeUnit.MILLISECONDS), "a third poll waits for a slot");
        first.callDone();
        assertTrue(third.await(2, TimeUnit.SECONDS), "and gets the one freed when a poll is done calling");
        assertEquals(2, pacer.inFlight());
        assertEquals(3, pacer.unfinished(), "the first poll may still be recording its answer");
        first.close();
        first.close();
        assertEquals(2, pacer.unfinished(), "closing twice counts once");
    }

    @Test
    void atMostTwiceTheMaximumPollsAreUnfinished() throws Exception {
        PollPacer pacer = new PollPacer(1);
        PollPacer.Ticket first = pacer.acquire();
        first.callDone();
        PollPacer.Ticket second = pacer.acquire();
        second.callDone();
        CountDownLatch third = acquireInBackground(pacer);

        assertFalse(third.await(200, TimeUnit.MILLISECONDS), "recording has fallen behind: wait");
        first.close();
        assertTrue(third.await(2, TimeUnit.SECONDS));
    }

    @Test
    void idleOnlyWhenEveryPollIsDone() throws Exception {
        PollPacer pacer = new PollPacer(2);
        PollPacer.Ticket ticket = pacer.acquire();
        ticket.callDone();
        Thread closer = new Thread(() -> {
            sleep(200);
            ticket.close();
        });
        closer.start();
        long started = System.nanoTime();
        pacer.awaitIdle();
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 150);
    }

    private static CountDownLatch acquireInBackground(PollPacer pacer) {
        CountDownLatch acquired = new CountDownLatch(1);
        Thread waiting = new Thread(() -> {
            try {
                pacer.acquire();
                acquired.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.setDaemon(true);
        waiting.start();
        return acquired;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aThrottleHalvesTheLimitAndPausesEveryoneForRetryAfter() throws Exception {
        PollPacer pacer = new PollPacer(8);
        pacer.throttled(Duration.ofMillis(300));

        assertEquals(4, pacer.limit());
        long started = System.nanoTime();
        pacer.awaitGreenLight();
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 250, "waited out Retry-After");
        for (int pause = 0; pause < 3; pause++) {
            pacer.throttled(Duration.ofMillis(1));
            pacer.awaitGreenLight();
        }
        assertEquals(1, pacer.limit(), "never below one");
    }

    @Test
    void the429sOfOnePauseHalveTheLimitOnce() {
        PollPacer pacer = new PollPacer(8);
        for (int inFlight = 0; inFlight < 8; inFlight++) {
            pacer.throttled(Duration.ofSeconds(1));
        }
        assertEquals(4, pacer.limit(), "eight polls in flight met one refusal, not eight");
    }

    @Test
    void theLimitGrowsBackByOneAfterALimitsWorthOfSuccesses() {
        PollPacer pacer = new PollPacer(4);
        pacer.throttled(Duration.ofMillis(1));
        assertEquals(2, pacer.limit());

        pacer.succeeded();
        assertEquals(2, pacer.limit());
        pacer.succeeded();
        assertEquals(3, pacer.limit());
        for (int i = 0; i < 3; i++) {
            pacer.succeeded();
        }
        assertEquals(4, pacer.limit());
        for (int i = 0; i < 10; i++) {
            pacer.succeeded();
        }
        assertEquals(4, pacer.limit(), "never above the configured maximum");
    }

    @Test
    void aThrottleWithoutRetryAfterPausesForTheDefault() throws Exception {
        PollPacer pacer = new PollPacer(2);
        pacer.throttled(null);
        long started = System.nanoTime();
        pacer.awaitGreenLight();
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(PollPacer.DEFAULT_PAUSE.minusMillis(50)) >= 0);
    }
}
