package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class SendingScenarios {

    final Tracker tracker = Tracker.deployed();
    final TwilioDouble twilio = TwilioDouble.instance();

    @Test
    void sendsThroughTwilioWithOurCallbackAndCredentials() {
        String to = Tracker.newNumber();
        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"Your code is 123456\"}");

        assertEquals(201, reply.status(), reply::toString);
        JsonObject message = reply.json();
        String id = message.getString("id");
        assertTrue(reply.header("Location").endsWith("/api/messages/" + id), reply.header("Location"));
        assertEquals("queued", message.getString("status"));
        assertEquals("outbound", message.getString("direction"));
        assertEquals(to, message.getString("to"));
        assertEquals("+15005550006", message.getString("from"));
        assertTrue(message.getString("sid").startsWith("SM"));

        List<TwilioDouble.Call> calls = twilio.callsTo(to);
        assertEquals(1, calls.size());
        TwilioDouble.Call call = calls.get(0);
        assertEquals("Your code is 123456", call.params().get("Body"));
        assertEquals("+15005550006", call.params().get("From"));
        assertEquals(tracker.base() + "/twilio/status?messageId=" + id, call.params().get("StatusCallback"));
        String credentials = TwilioDouble.ACCOUNT_SID + ":" + TwilioDouble.AUTH_TOKEN;
        assertEquals("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
                call.authorization());
    }

    @Test
    void readsAMessageByIdAndBySidWithItsHistory() {
        JsonObject sent = tracker.sendOk(Tracker.newNumber(), "hello");

        JsonObject byId = tracker.get("/api/messages/" + sent.getString("id")).json();
        JsonObject bySid = tracker.get("/api/messages/" + sent.getString("sid")).json();
        assertEquals(sent.getString("id"), byId.getString("id"));
        assertEquals(sent.getString("id"), bySid.getString("id"));
        for (String field : List.of("id", "sid", "direction", "from", "to", "body", "status", "errorCode",
                "errorMessage", "numSegments", "price", "priceUnit", "createdAt", "updatedAt")) {
            assertTrue(byId.containsKey(field), "missing " + field + " in " + byId);
        }

        JsonArray events = tracker.get("/api/messages/" + sent.getString("id") + "/events").jsonArray();
        assertEquals(1, events.size());
        assertEquals("queued", events.getJsonObject(0).getString("status"));
        assertEquals("api", events.getJsonObject(0).getString("source"));
        assertTrue(events.getJsonObject(0).containsKey("at"));
    }

    @Test
    void sendsMediaAndPassesProvideFeedbackAndAnExplicitSender() {
        String to = Tracker.newNumber();
        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"from\":\"+15005550007\",\"provideFeedback\":true,"
                + "\"mediaUrls\":[\"https://example.com/a.jpg\",\"https://example.com/b.png\"]}");

        assertEquals(201, reply.status(), reply::toString);
        TwilioDouble.Call call = twilio.callsTo(to).get(0);
        assertEquals("https://example.com/a.jpg,https://example.com/b.png", call.params().get("MediaUrl"));
        assertEquals("+15005550007", call.params().get("From"));
        assertEquals("true", call.params().get("ProvideFeedback"));
        assertEquals(2, reply.json().getJsonArray("mediaUrls").size());
    }

    @Test
    void unknownMessageIs404Problem() {
        Http.Reply reply = tracker.get("/api/messages/SM00000000000000000000000000000000");
        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(404, reply.json().getInt("status"));
    }
}
