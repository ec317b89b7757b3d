package com.deliverytracker.reconciliation;

import com.deliverytracker.platform.ReconcileSettings;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** What {@code GET /api/reconciliation} shows: when the timer fires next, how it is set, the latest runs. */
@JsonbNillable
@JsonbPropertyOrder({"nextRunAt", "settings", "runs"})
public record ReconciliationJson(Instant nextRunAt, Settings settings, List<ReconcileRunJson> runs) {

    @JsonbPropertyOrder({"intervalSeconds", "staleAfterSeconds", "giveUpAfterHours", "maxConcurrency",
            "maxPollGapSeconds", "unknownGraceSeconds"})
    public record Settings(long intervalSeconds, long staleAfterSeconds, double giveUpAfterHours,
                           int maxConcurrency, long maxPollGapSeconds, long unknownGraceSeconds) {

        static Settings of(ReconcileSettings s) {
            return new Settings(s.interval().toSeconds(), s.staleAfter().toSeconds(),
                    s.giveUpAfter().toMillis() / 3_600_000.0, s.maxConcurrency(), s.maxPollGap().toSeconds(),
                    s.unknownGrace().toSeconds());
        }
    }
}
