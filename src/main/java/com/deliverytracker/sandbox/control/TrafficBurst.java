package com.deliverytracker.sandbox.control;

import com.deliverytracker.messages.control.MessageSender;
import com.deliverytracker.messages.control.SendCommand;
import com.deliverytracker.platform.ProblemException;
import com.deliverytracker.platform.TrackerConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes traffic in sandbox mode: sends {@code count} messages through the tracker's own send path (so each is
 * stored, sent with twilio-java to the sandbox, and tracked by its callbacks), and for every twentieth plays an
 * answer from its recipient. A few workers share the work, so that the server stays responsive meanwhile; one
 * burst runs at a time.
 */
@ApplicationScoped
public class TrafficBurst {

    public static final int MAX_COUNT = 10_000;
    private static final Logger LOG = Logger.getLogger(TrafficBurst.class.getName());
    private static final int WORKERS = 4;
    private static final int ANSWER_EVERY = 20;
    private static final String CLIENT = "sandbox-burst";

    /** Where the sandbox's executor for bursts is defined (on its clock's bean). */
    public static final String EXECUTOR = "java:app/concurrent/SandboxBursts";

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    TrackerConfig config;

    @Inject
    MessageSender sender;

    @Inject
    InboundPlayer inbound;

    /** What a burst will do: its messages, and how many of their recipients will answer. */
    public record Plan(int count, int inbound) {
    }

    private final AtomicInteger left = new AtomicInteger();

    public Plan start(int count) {
        SandboxOffException.unlessSandbox(config.isSandbox());
        if (!left.compareAndSet(0, count)) {
            throw new BurstRunningException(left.get());
        }
        Plan plan = new Plan(count, count / ANSWER_EVERY);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger workersLeft = new AtomicInteger(WORKERS);
        for (int worker = 0; worker < WORKERS; worker++) {
            executor.execute(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        sendOne(i, refused);
                        left.decrementAndGet();
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "A sandbox burst worker stopped", e);
                } finally {
                    if (workersLeft.decrementAndGet() == 0) {
                        left.set(0);
                        LOG.info(() -> "Sandbox burst of " + count + " done; " + refused.get() + " refused");
                    }
                }
            });
        }
        LOG.info(() -> "Sandbox burst of " + count + " started");
        return plan;
    }

    private void sendOne(int index, AtomicInteger refused) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String to = BurstTraffic.recipient(random);
        String text = BurstTraffic.text(random);
        try {
            sender.send(new SendCommand(to, text, List.of(), null, null, BurstTraffic.wantsFeedback(text)), CLIENT,
                    Optional.empty());
        } catch (ProblemException notSent) {
            refused.incrementAndGet();
            return;
        }
        if (index % ANSWER_EVERY == ANSWER_EVERY - 1) {
            try {
                inbound.play(to, null, BurstTraffic.answer(random));
            } catch (ProblemException notTaken) {
                LOG.warning(() -> "Sandbox burst: an answer was not taken: " + notTaken.getMessage());
            }
        }
    }
}
