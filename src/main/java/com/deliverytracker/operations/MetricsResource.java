package com.deliverytracker.operations;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** {@code GET /api/metrics}: the counters for Prometheus (or anything reading its text format). */
@Path("metrics")
public class MetricsResource {

    @Inject
    OperationsCounters counters;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String metrics() {
        return counters.exposition();
    }
}
