package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sandbox keeps its messages' lives in the database: a message sent just before a restart is delivered
 * after it. Boots its own Payara Micro in sandbox mode twice on one root directory (slow messages: 20 s each).
 */
class SandboxRestartIT {

    @Test
    void aMessageInFlightAtARestartIsDeliveredAfterIt() throws Exception {
        Path root = Path.of(System.getProperty("it.microRoot") + "-sandbox-restart");
        MicroProcess.deleteRecursively(root);
        // empty counts as unset: no Twilio credentials, so sandbox mode with the development key
        Map<String, String> sandbox = Map.of("TWILIO_MODE", "", "TWILIO_ACCOUNT_SID", "", "TWILIO_AUTH_TOKEN", "",
                "TWILIO_API_BASE_URL", "", "TWILIO_FROM_NUMBER", "", "API_KEYS", "", "SANDBOX_DELIVERY_SECONDS", "20");
        try (MicroProcess micro = new MicroProcess(Integer.getInteger("it.restart.port"), root, sandbox)) {
            micro.start();
            Tracker tracker = Tracker.sandboxAt(micro.base());
            String id = tracker.sendOk("+15005550006", "sent just before a restart").getString("id");

            micro.stop();
            micro.start();

            JsonObject delivered = awaitStatus(tracker, id, "delivered", Duration.ofSeconds(60));
            assertEquals("delivered", delivered.getString("status"));
            // a callback posted while the server stopped is lost, as it would be with Twilio
            List<String> history = tracker.get("/api/messages/" + id + "/events").jsonArray()
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("status") + "/" + e.getString("source")).toList();
            assertEquals("queued/api", history.get(0));
            assertEquals("delivered/callback", history.get(history.size() - 1), history.toString());
        }
    }

    private static JsonObject awaitStatus(Tracker tracker, String id, String wanted, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject message = null;
        while (Instant.now().isBefore(deadline)) {
            message = tracker.get("/api/messages/" + id).json();
            if (wanted.equals(message.getString("status"))) {
                return message;
            }
            Thread.sleep(500);
        }
        return message;
    }
}
