package com.deliverytracker.sandbox.boundary;

import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.platform.UtcClock;
import com.deliverytracker.sandbox.control.OutcomeMix;
import com.deliverytracker.sandbox.control.SandboxTwilio;
import com.deliverytracker.sandbox.control.TrafficBurst;
import com.deliverytracker.sandbox.control.WebhookPoster;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox's clock, in sandbox mode only: every 200 ms it has the sandbox carry out the status changes that
 * are due and post their callbacks, batch after batch while a burst keeps it busy. Nothing is kept in memory,
 * so after a restart the changes that fell due meanwhile simply happen at the first tick.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedExecutorDefinition(name = WebhookPoster.EXECUTOR, maxAsync = 16)
@ManagedExecutorDefinition(name = TrafficBurst.EXECUTOR, maxAsync = 4)
// its own clock: a tick may take a while in a burst, and must not hold up the server's default scheduler
@ManagedScheduledExecutorDefinition(name = SandboxPump.CLOCK, maxAsync = 1)
public class SandboxPump {

    static final String CLOCK = "java:app/concurrent/SandboxClock";

    private static final Logger LOG = Logger.getLogger(SandboxPump.class.getName());
    private static final long TICK_MILLIS = 200;
    private static final int BATCH = 50;
    /** A tick ends after this many full batches, and lets other work have the database meanwhile. */
    private static final int MAX_BATCHES_PER_TICK = 40;
    /** Longer than a webhook's own timeout, so that it is the webhook that gives up first. */
    private static final long CALLBACKS_TIMEOUT_SECONDS = 20;

    @Resource(lookup = CLOCK)
    ManagedScheduledExecutorService scheduler;

    @Inject
    TrackerConfig config;

    @Inject
    SandboxTwilio twilio;

    @Inject
    WebhookPoster webhooks;

    private ScheduledFuture<?> ticking;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        if (!config.isSandbox()) {
            return;
        }
        OutcomeMix mix = twilio.mix(); // a wrong SANDBOX_OUTCOMES fails the deployment here
        LOG.info(() -> "Sandbox: a message takes about " + config.sandbox().deliveryTime().toMillis()
                + " ms from create to receipt; outcomes for other numbers: " + mix);
        ticking = scheduler.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void tick() {
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_TICK && !stopping; batch++) {
                SandboxTwilio.Advanced advanced = twilio.advanceDue(UtcClock.now(), BATCH);
                webhooks.postAll(advanced.callbacks()).get(CALLBACKS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (advanced.messages() < BATCH) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // a failed tick must not end the schedule: what is due is still due at the next one
            LOG.log(Level.WARNING, "Sandbox tick failed", e);
        }
    }
}
