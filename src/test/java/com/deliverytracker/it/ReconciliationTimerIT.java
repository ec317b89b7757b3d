package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The EJB timer reconciles on its own. The suite's server keeps its timer an hour away so that scenarios
 * control when runs happen; this test boots its own server with a 2 s interval instead.
 */
class ReconciliationTimerIT {

    @Test
    void theTimerReconcilesAStaleMessageWithoutBeingAsked() throws Exception {
        Path root = Path.of(System.getProperty("it.microRoot") + "-timer");
        MicroProcess.deleteRecursively(root);
        TwilioDouble twilio = TwilioDouble.instance();
        try (MicroProcess micro = new MicroProcess(Integer.getInteger("it.restart.port"), root,
                Map.of("RECONCILE_INTERVAL_SECONDS", "2"))) {
            micro.start();
            Tracker tracker = new Tracker(micro.base());
            String to = Tracker.newNumber();
            JsonObject sent = tracker.sendOk(to, "nobody calls back");
            twilio.knows(sent.getString("sid"), "delivered", null, null);

            String status = awaitStatus(tracker, sent.getString("id"), "delivered", Duration.ofSeconds(30));

            assertEquals("delivered", status);
            JsonObject overview = tracker.get("/api/reconciliation").json();
            assertEquals("timer", overview.getJsonArray("runs").getJsonObject(0).getString("trigger"));
        }
    }

    private static String awaitStatus(Tracker tracker, String id, String wanted, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String status = null;
        while (Instant.now().isBefore(deadline)) {
            status = tracker.get("/api/messages/" + id).json().getString("status");
            if (wanted.equals(status)) {
                return status;
            }
            Thread.sleep(250);
        }
        return status;
    }
}
