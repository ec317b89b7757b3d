package com.deliverytracker.callbacks;

import com.deliverytracker.messages.control.MessageLedger;
import com.deliverytracker.messages.control.Recorded;
import com.deliverytracker.platform.ConflictRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records a status callback. Two first callbacks for a SID we never saw race to create its message; the
 * loser hits the unique SID constraint and, on its retry, finds the winner's row.
 */
@ApplicationScoped
public class StatusCallbackService {

    private static final Logger LOG = Logger.getLogger(StatusCallbackService.class.getName());
    private static final int ATTEMPTS = 3;

    @Inject
    MessageLedger ledger;

    Recorded accept(StatusCallback callback) {
        try {
            return ConflictRetry.retry(ATTEMPTS, Duration.ZERO,
                    () -> ledger.record(callback.ref(), callback.report(), callback.facts()));
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.WARNING, "Could not store callback " + callback.sid() + ": " + callback.status().wireName(), e);
            throw new CallbackNotStoredException(e);
        }
    }
}
