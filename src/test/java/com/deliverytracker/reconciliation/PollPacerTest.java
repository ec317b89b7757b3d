package com.deliverytracker.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PollPacerTest {

    @Test
    void neverLetsMoreThanTheLimitRunAtOnce() throws Exception {
        PollPacer pacer = new PollPacer(2);
        pacer.acquire();
        pacer.acquire();
        CountDownLatch third = new CountDownLatch(1);
        Thread waiting = new Thread(() -> {
            try {
                pacer.acquire();
                third.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.start();

        assertEquals(false, third.await(200, TimeUnit.MILLISECONDS), "a third poll waits for a slot");
        pacer.release();
        assertTrue(third.await(2, TimeUnit.SECONDS), "and gets the freed one");
        assertEquals(2, pacer.inFlight());
    }

    @Test
    void aThrottleHalvesTheLimitAndPausesEveryoneForRetryAfter() throws Exception {
        PollPacer pacer = new PollPacer(8);
        pacer.throttled(Duration.ofMillis(300));

        assertEquals(4, pacer.limit());
        long started = System.nanoTime();
        pacer.awaitGreenLight();
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 250, "waited out Retry-After");
        pacer.throttled(Duration.ofMillis(1));
        pacer.throttled(Duration.ofMillis(1));
        pacer.throttled(Duration.ofMillis(1));
        assertEquals(1, pacer.limit(), "never below one");
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
