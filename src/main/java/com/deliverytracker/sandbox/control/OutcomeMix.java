package com.deliverytracker.sandbox.control;

import com.deliverytracker.sandbox.entity.SandboxOutcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The outcomes of messages to ordinary numbers, by weight: SANDBOX_OUTCOMES, e.g.
 * {@code delivered=80,30003=4,callback-lost=6}. Outcomes not named never happen.
 */
public final class OutcomeMix {

    public static final String DEFAULT =
            "delivered=80,30003=4,30005=2,30006=2,30007=2,30008=2,callback-lost=6,no-receipt=2";

    private final Map<SandboxOutcome, Double> weights;
    private final double total;

    private OutcomeMix(Map<SandboxOutcome, Double> weights) {
        this.weights = weights;
        this.total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Parses the setting; a wrong one is refused with what is wrong, so that the deployment says it. */
    public static OutcomeMix parse(String setting) {
        Map<SandboxOutcome, Double> weights = new EnumMap<>(SandboxOutcome.class);
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            SandboxOutcome outcome = SandboxOutcome.fromWireName(parts[0]).orElseThrow(() -> invalid(setting,
                    "'" + parts[0].trim() + "' is not an outcome"));
            double weight;
            try {
                weight = parts.length == 2 ? Double.parseDouble(parts[1].trim()) : Double.NaN;
            } catch (NumberFormatException e) {
                weight = Double.NaN;
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw invalid(setting, "'" + entry.trim() + "' needs a weight of 0 or more");
            }
            weights.merge(outcome, weight, Double::sum);
        }
        OutcomeMix mix = new OutcomeMix(weights);
        if (!(mix.total > 0)) {
            throw invalid(setting, "no outcome has a weight above 0");
        }
        return mix;
    }

    private static IllegalArgumentException invalid(String setting, String why) {
        StringBuilder outcomes = new StringBuilder();
        for (SandboxOutcome outcome : SandboxOutcome.values()) {
            outcomes.append(outcomes.length() == 0 ? "" : ", ").append(outcome.wireName());
        }
        return new IllegalArgumentException("SANDBOX_OUTCOMES '" + setting + "': " + why
                + ". Write outcome=weight pairs separated by commas; outcomes: " + outcomes + ".");
    }

    public SandboxOutcome pick(RandomGenerator random) {
        double point = random.nextDouble() * total;
        SandboxOutcome last = null;
        for (Map.Entry<SandboxOutcome, Double> entry : weights.entrySet()) {
            if (entry.getValue() > 0) {
                last = entry.getKey();
                point -= entry.getValue();
                if (point < 0) {
                    return last;
                }
            }
        }
        return last;
    }

    /** Each outcome's share of messages, 0 to 1. */
    public Map<SandboxOutcome, Double> shares() {
        Map<SandboxOutcome, Double> shares = new EnumMap<>(SandboxOutcome.class);
        weights.forEach((outcome, weight) -> shares.put(outcome, weight / total));
        return shares;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        shares().forEach((outcome, share) -> text.append(text.length() == 0 ? "" : ", ")
                .append(outcome.wireName()).append(' ').append(Math.round(share * 1000) / 10.0).append('%'));
        return text.toString();
    }
}
