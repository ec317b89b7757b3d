package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Messages and their history survive a restart of a Payara Micro that keeps its root directory (--rootDir):
 * the embedded default database lives there. This test boots its own server twice, since the suite's
 * managed server cannot be restarted mid-run.
 */
class RestartDurabilityIT {

    @Test
    void aRestartedServerStillKnowsEveryMessageAndItsHistory() throws Exception {
        Path root = Path.of(System.getProperty("it.microRoot") + "-restart");
        MicroProcess.deleteRecursively(root);
        try (MicroProcess micro = new MicroProcess(Integer.getInteger("it.restart.port"), root)) {
            TwilioDouble.instance();
            micro.start();
            Tracker tracker = new Tracker(micro.base());
            String to = Tracker.newNumber();
            JsonObject sent = tracker.sendOk(to, "still here after a restart");
            String id = sent.getString("id");
            assertEquals(204, tracker.callback(id, Tracker.statusParams(sent.getString("sid"), "delivered", to)).status());

            micro.stop();
            micro.start();

            JsonObject message = tracker.get("/api/messages/" + id).json();
            assertEquals("delivered", message.getString("status"));
            assertEquals(sent.getString("sid"), message.getString("sid"));
            assertEquals(2, tracker.get("/api/messages/" + id + "/events").jsonArray().size());
        }
    }
}
