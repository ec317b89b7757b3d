package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code GET /api/messages/stream}: every stored change of a message is pushed as a server-sent event. */
abstract class MessageStreamScenarios {

    private static final Duration WAIT = Duration.ofSeconds(10);

    final Tracker tracker = Tracker.deployed();

    @Test
    void aSendAndItsCallbacksArePushedAsTheyAreStored() throws Exception {
        try (EventStream stream = EventStream.open(tracker.base() + "/api/messages/stream", Tracker.API_KEY)) {
            assertEquals(200, stream.status());
            assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
            stream.await(event -> event.name().equals("ready"), WAIT);

            String to = Tracker.newNumber();
            JsonObject sent = tracker.sendOk(to, "watched live");
            String id = sent.getString("id");
            JsonObject queued = stream.await(event -> isAbout(event, id, "queued"), WAIT).json();
            assertEquals(to, queued.getString("to"));
            assertEquals(sent.getString("sid"), queued.getString("sid"));

            assertEquals(204, tracker.callback(id, Tracker.statusParams(sent.getString("sid"), "delivered", to)).status());
            JsonObject delivered = stream.await(event -> isAbout(event, id, "delivered"), WAIT).json();
            assertTrue(delivered.getJsonNumber("deliveryMillis").longValue() >= 0);
        }
    }

    @Test
    void aStatusCallbackForAnUnknownSidIsPushedToo() throws Exception {
        try (EventStream stream = EventStream.open(tracker.base() + "/api/messages/stream", Tracker.API_KEY)) {
            stream.await(event -> event.name().equals("ready"), WAIT);
            String to = Tracker.newNumber();
            String sid = TwilioDouble.newSid();

            assertEquals(204, tracker.callback(null, Tracker.statusParams(sid, "sent", to)).status());

            JsonObject discovered = stream.await(event -> event.name().equals("message")
                    && sid.equals(event.json().getString("sid", null)), WAIT).json();
            assertEquals("sent", discovered.getString("status"));
        }
    }

    @Test
    void theStreamNeedsAnApiKey() {
        Http.Reply refused = Http.send(Http.request(tracker.base() + "/api/messages/stream")
                .header("Accept", "text/event-stream").GET().build());

        assertEquals(401, refused.status());
    }

    private static boolean isAbout(EventStream.Event event, String id, String status) {
        if (!event.name().equals("message")) {
            return false;
        }
        JsonObject message = event.json();
        return id.equals(message.getString("id")) && status.equals(message.getString("status"));
    }
}
