package com.deliverytracker.reconciliation;

import com.deliverytracker.platform.TrackerConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The reconciliation timer's record, and a way to run it now (operators, tests) instead of waiting a tick. */
@Path("reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    static final int SHOWN_RUNS = 20;

    @Inject
    ReconciliationTimer timer;

    @Inject
    Reconciler reconciler;

    @Inject
    ReconciliationLedger ledger;

    @Inject
    TrackerConfig config;

    @GET
    public ReconciliationJson overview() {
        return new ReconciliationJson(timer.nextRunAt().orElse(null),
                ReconciliationJson.Settings.of(config.reconcile()),
                ledger.latestRuns(SHOWN_RUNS).stream().map(ReconcileRunJson::of).toList());
    }

    /** Runs a reconciliation on this instance and answers when it is done. */
    @POST
    @Path("runs")
    public ReconcileRunJson runNow() {
        return ReconcileRunJson.of(reconciler.run("request"));
    }
}
