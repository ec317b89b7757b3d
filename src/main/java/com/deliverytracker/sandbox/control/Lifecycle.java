package com.deliverytracker.sandbox.control;

import com.deliverytracker.sandbox.entity.SandboxOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A sandbox message's life, as Twilio lives it: accepted (by a Messaging Service) → queued → sending → sent →
 * the outcome's final status, or queued → failed. Twilio calls back for every change but the first status;
 * an outcome may keep its final callback back. Each step takes its share of SANDBOX_DELIVERY_SECONDS, give or
 * take half.
 */
public final class Lifecycle {

    /** One status change: where it goes, its error code, whether Twilio tells, and its share of the time. */
    public record Step(String status, Integer errorCode, boolean callbackSent, double timeShare) {
    }

    private Lifecycle() {
    }

    /** The change that follows {@code status} for a message with this outcome; empty once its life is over. */
    public static Optional<Step> after(String status, SandboxOutcome outcome) {
        return switch (status) {
            case "accepted" -> Optional.of(new Step("queued", null, true, 0.1));
            case "queued" -> "failed".equals(outcome.finalStatus())
                    ? Optional.of(new Step("failed", outcome.errorCode(), outcome.finalCallbackSent(), 0.4))
                    : Optional.of(new Step("sending", null, true, 0.15));
            case "sending" -> Optional.of(new Step("sent", null, true, 0.25));
            case "sent" -> "sent".equals(outcome.finalStatus()) ? Optional.empty()
                    : Optional.of(new Step(outcome.finalStatus(), outcome.errorCode(), outcome.finalCallbackSent(), 0.6));
            default -> Optional.empty();
        };
    }

    /** How long before {@code step} happens, for a message whose whole life takes about {@code deliveryTime}. */
    public static Duration delayOf(Step step, Duration deliveryTime, RandomGenerator random) {
        double jitter = 0.5 + random.nextDouble();
        return Duration.ofMillis(Math.round(deliveryTime.toMillis() * step.timeShare() * jitter));
    }
}
