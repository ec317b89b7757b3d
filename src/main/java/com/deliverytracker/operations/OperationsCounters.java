package com.deliverytracker.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * This instance's counters since it started, by metric and label value; shown by {@code GET /api/metrics}
 * in Prometheus' text format. Per instance, as Prometheus expects: it sums over instances itself.
 */
@ApplicationScoped
public class OperationsCounters {

    /** The metrics this application counts, with the label that splits each one. */
    public enum Metric {
        CALLBACKS("tracker_callbacks_total", "Status callbacks received, by result.", "result"),
        SENDS("tracker_sends_total", "Send requests, by outcome.", "outcome"),
        RECONCILIATION("tracker_reconciliation_total", "Reconciliation work, by kind.", "kind"),
        FEEDBACK("tracker_feedback_total", "Message feedback given to Twilio, by result.", "result");

        final String name;
        final String help;
        final String label;

        Metric(String name, String help, String label) {
            this.name = name;
            this.help = help;
            this.label = label;
        }
    }

    private final Map<Metric, Map<String, LongAdder>> counters = new ConcurrentHashMap<>();

    public void count(Metric metric, String labelValue) {
        add(metric, labelValue, 1);
    }

    public void add(Metric metric, String labelValue, long amount) {
        counters.computeIfAbsent(metric, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(labelValue, key -> new LongAdder())
                .add(amount);
    }

    /** Prometheus text exposition format 0.0.4. */
    String exposition() {
        StringBuilder out = new StringBuilder();
        for (Metric metric : Metric.values()) {
            out.append("# HELP ").append(metric.name).append(' ').append(metric.help).append('\n');
            out.append("# TYPE ").append(metric.name).append(" counter\n");
            new TreeMap<>(counters.getOrDefault(metric, Map.of())).forEach((label, adder) ->
                    out.append(metric.name).append('{').append(metric.label).append("=\"").append(label)
                            .append("\"} ").append(adder.sum()).append('\n'));
        }
        return out.toString();
    }
}
