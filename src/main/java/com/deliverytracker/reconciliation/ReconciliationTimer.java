package com.deliverytracker.reconciliation;

import com.deliverytracker.platform.ReconcileSettings;
import com.deliverytracker.platform.TrackerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ticks every RECONCILE_INTERVAL_SECONDS and hands over to the {@link Reconciler}. The timer is not
 * persistent: each instance ticks on its own and the database claims keep instances from polling one message
 * twice. A tick that finds the previous run of this instance still going is skipped.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedExecutorDefinition(name = ReconciliationTimer.EXECUTOR, maxAsync = ReconcileSettings.MAX_CONCURRENCY)
public class ReconciliationTimer {

    public static final String EXECUTOR = "java:app/concurrent/ReconciliationExecutor";
    private static final Logger LOG = Logger.getLogger(ReconciliationTimer.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    TrackerConfig config;

    @Inject
    Reconciler reconciler;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        ReconcileSettings settings = config.reconcile();
        if (!settings.timerEnabled()) {
            LOG.info("RECONCILE_INTERVAL_SECONDS is 0: reconciliation runs only on request");
            return;
        }
        long every = settings.interval().toMillis();
        timerService.createIntervalTimer(every, every, new TimerConfig("reconciliation", false));
        LOG.info(() -> "Reconciliation every " + settings.interval().toSeconds() + " s");
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            LOG.info("Reconciliation still running, tick skipped");
            return;
        }
        try {
            reconciler.run("timer");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reconciliation run failed", e);
        } finally {
            running.set(false);
        }
    }

    public Optional<Instant> nextRunAt() {
        return timerService.getTimers().stream()
                .findFirst()
                .map(Timer::getNextTimeout)
                .map(java.util.Date::toInstant);
    }
}
