package com.deliverytracker.platform;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a transaction again when the database refused it for a conflict that a retry resolves: a racing
 * insert that hit a unique constraint (the retry finds the winner's row), or a lock wait that timed out.
 * The work must be idempotent; the last failure is rethrown.
 */
public final class ConflictRetry {

    private ConflictRetry() {
    }

    /** Up to {@code attempts} tries, pausing {@code pauseStep} × the attempt number between them. */
    public static <T> T retry(int attempts, Duration pauseStep, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PersistenceException | TransactionalException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                pause(pauseStep.multipliedBy(attempt));
            }
        }
    }

    public static void retry(int attempts, Duration pauseStep, Runnable work) {
        retry(attempts, pauseStep, () -> {
            work.run();
            return null;
        });
    }

    private static void pause(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
