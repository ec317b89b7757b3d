package com.deliverytracker.insights;

import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.platform.UtcClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Rolls up closed hours for the statistics every STATS_ROLLUP_INTERVAL_SECONDS, catching up in batches. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatsRollupTimer {

    private static final Logger LOG = Logger.getLogger(StatsRollupTimer.class.getName());
    /** Hours per transaction while catching up (a first start on a big database). */
    private static final int HOURS_PER_PASS = 24;

    @Resource
    TimerService timerService;

    @Inject
    TrackerConfig config;

    @Inject
    StatsRollup rollup;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        Duration every = config.statsRollupInterval();
        if (every.isZero()) {
            LOG.info("STATS_ROLLUP_INTERVAL_SECONDS is 0: statistics scan the messages, no roll-up");
            return;
        }
        timerService.createIntervalTimer(Math.min(every.toMillis(), 5_000), every.toMillis(),
                new TimerConfig("stats-rollup", false));
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int passes = 0;
            while (rollup.pass(UtcClock.now(), HOURS_PER_PASS) && ++passes < 10_000) {
                LOG.fine("Statistics roll-up catching up");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Statistics roll-up failed; the next tick tries again", e);
        } finally {
            running.set(false);
        }
    }
}
