package com.deliverytracker.reconciliation;

import java.util.concurrent.atomic.AtomicInteger;

/** A run's counters, bumped by its poll tasks from several threads. */
final class RunTally {

    private final AtomicInteger examined = new AtomicInteger();
    private final AtomicInteger polled = new AtomicInteger();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();

    void countExamined(int count) {
        examined.addAndGet(count);
    }

    void countPoll() {
        polled.incrementAndGet();
    }

    void countChange() {
        changed.incrementAndGet();
    }

    void countError() {
        errors.incrementAndGet();
    }

    void countThrottle() {
        throttled.incrementAndGet();
    }

    void countGaveUp(int count) {
        gaveUp.addAndGet(count);
    }

    int examined() {
        return examined.get();
    }

    int polled() {
        return polled.get();
    }

    int changed() {
        return changed.get();
    }

    int errors() {
        return errors.get();
    }

    int throttled() {
        return throttled.get();
    }

    int gaveUp() {
        return gaveUp.get();
    }
}
