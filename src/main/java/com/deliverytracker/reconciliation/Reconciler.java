package com.deliverytracker.reconciliation;

import com.deliverytracker.operations.OperationsCounters;
import com.deliverytracker.operations.OperationsCounters.Metric;
import com.deliverytracker.platform.ConflictRetry;
import com.deliverytracker.platform.ReconcileSettings;
import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.platform.UtcClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * One reconciliation run: flag what is past the give-up horizon, then claim candidates page by page and poll
 * them on the managed executor, at most RECONCILE_MAX_CONCURRENCY at a time and slower after a 429. A run
 * ends when no candidate is left: every message it polled got a next-poll time in the future.
 */
@ApplicationScoped
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class.getName());
    private static final int PAGE_SIZE = 100;
    /**
     * Long enough for a page to be polled even through 429 pauses; a crashed instance's leases lapse after it.
     * Should a lease run out anyway, the results of its polls are still recorded, but not booked (see
     * ReconciliationLedger.settle).
     */
    private static final Duration LEASE = Duration.ofMinutes(15);
    /** Claims lost in a row to other runs before this run leaves the rest to them. */
    private static final int LOST_CLAIMS_TO_STOP = 3;
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = ReconciliationTimer.EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    TrackerConfig config;

    @Inject
    ReconciliationLedger ledger;

    @Inject
    MessagePoller poller;

    @Inject
    OperationsCounters counters;

    public ReconcileRun run(String trigger) {
        ReconcileSettings settings = config.reconcile();
        LocalDateTime started = UtcClock.now();
        RunTally tally = new RunTally();
        tally.countGaveUp(ledger.giveUp(started.minus(settings.giveUpAfter()), started));
        PollPacer pacer = new PollPacer(settings.maxConcurrency());
        String runId = UUID.randomUUID().toString();
        try {
            int lostInRow = 0;
            for (int page = 1; ; page++) {
                ReconciliationLedger.Claim claim = claim(runId + "/" + page, settings);
                if (!claim.candidatesFound()) {
                    break;
                }
                List<ClaimedMessage> claimed = claim.messages();
                if (claimed.isEmpty()) {
                    // another run won these rows; the next query skips them, so try again
                    if (++lostInRow >= LOST_CLAIMS_TO_STOP) {
                        break;
                    }
                    continue;
                }
                lostInRow = 0;
                tally.countExamined(claimed.size());
                for (ClaimedMessage message : claimed) {
                    submit(message, pacer, tally, settings);
                }
            }
            pacer.awaitIdle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning("Reconciliation run interrupted; unpolled leases lapse by themselves");
        }
        ReconcileRun run = ledger.save(new ReconcileRun(INSTANCE, trigger, started, UtcClock.now(), tally));
        count(run);
        LOG.info(() -> "Reconciliation (" + trigger + "): examined " + run.examined() + ", polled " + run.polled()
                + ", changed " + run.changed() + ", errors " + run.errors() + ", throttled " + run.throttled()
                + ", gave up " + run.gaveUp() + " in " + run.duration().toMillis() + " ms");
        return run;
    }

    private void count(ReconcileRun run) {
        counters.count(Metric.RECONCILIATION, "runs");
        counters.add(Metric.RECONCILIATION, "polled", run.polled());
        counters.add(Metric.RECONCILIATION, "changed", run.changed());
        counters.add(Metric.RECONCILIATION, "errors", run.errors());
        counters.add(Metric.RECONCILIATION, "throttled", run.throttled());
        counters.add(Metric.RECONCILIATION, "gave_up", run.gaveUp());
    }

    private ReconciliationLedger.Claim claim(String token, ReconcileSettings settings) {
        // a concurrent run holding row locks on the same candidates may make the database refuse: try again
        return ConflictRetry.retry(3, Duration.ofMillis(50), () -> {
            LocalDateTime now = UtcClock.now();
            return ledger.claim(token, now, settings, now.plus(LEASE), PAGE_SIZE);
        });
    }

    private void submit(ClaimedMessage message, PollPacer pacer, RunTally tally, ReconcileSettings settings)
            throws InterruptedException {
        PollPacer.Ticket ticket = pacer.acquire();
        try {
            executor.execute(() -> {
                try (ticket) {
                    poller.poll(message, ticket, pacer, tally, settings);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (RejectedExecutionException e) {
            // the executor is shutting down (undeploy): leave the message for a later run, not this one
            ticket.close();
            tally.countError();
            ledger.release(message, UtcClock.now().plus(settings.staleAfter()));
        }
    }
}
