package com.deliverytracker.insights;

import com.deliverytracker.errors.TwilioError;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What {@code GET /api/stats} answers. Rates are null where nothing reached a final delivery status. */
@JsonbNillable
@JsonbPropertyOrder({"since", "until", "total", "byStatus", "deliveryRate", "timeToDelivered", "errors",
        "groupBy", "groups", "rolledUpUntil"})
public record StatsJson(Instant since, Instant until, long total, Map<String, Long> byStatus, Double deliveryRate,
                        TimeToDelivered timeToDelivered, List<ErrorCount> errors, String groupBy,
                        List<Group> groups, Instant rolledUpUntil) {

    @JsonbNillable
    @JsonbPropertyOrder({"count", "p50Ms", "p90Ms", "p99Ms", "histogram"})
    public record TimeToDelivered(long count, Double p50Ms, Double p90Ms, Double p99Ms, List<Bar> histogram) {
    }

    /** The deliveries that took less than {@code upToMs} (and at least the bar before's); null: longer than all. */
    @JsonbNillable
    @JsonbPropertyOrder({"upToMs", "count"})
    public record Bar(Long upToMs, long count) {
    }

    @JsonbPropertyOrder({"code", "count", "title", "explanation"})
    public record ErrorCount(int code, long count, String title, TwilioError explanation) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"key", "total", "delivered", "undelivered", "failed", "deliveryRate"})
    public record Group(String key, long total, long delivered, long undelivered, long failed, Double deliveryRate) {
    }
}
