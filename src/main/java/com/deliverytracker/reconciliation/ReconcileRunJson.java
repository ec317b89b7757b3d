package com.deliverytracker.reconciliation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.ZoneOffset;

/** One reconciliation run as the API shows it. */
@JsonbPropertyOrder({"id", "instance", "trigger", "startedAt", "durationMs", "examined", "polled", "changed",
        "errors", "throttled", "gaveUp"})
public record ReconcileRunJson(String id, String instance, String trigger, Instant startedAt, long durationMs,
                               int examined, int polled, int changed, int errors, int throttled, int gaveUp) {

    static ReconcileRunJson of(ReconcileRun run) {
        return new ReconcileRunJson(run.id(), run.instanceName(), run.trigger(),
                run.startedAt().toInstant(ZoneOffset.UTC), run.duration().toMillis(), run.examined(), run.polled(),
                run.changed(), run.errors(), run.throttled(), run.gaveUp());
    }
}
