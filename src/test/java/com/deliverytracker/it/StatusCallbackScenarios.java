package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Signed status callbacks keep each message's history and status truthful. */
abstract class StatusCallbackScenarios {

    final Tracker tracker = Tracker.deployed();
    final TwilioDouble twilio = TwilioDouble.instance();

    @Test
    void callbacksMoveTheStatusAndAppendToTheHistory() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "tracked");
        String id = sent.getString("id");
        String sid = sent.getString("sid");

        assertEquals(204, tracker.callback(id, Tracker.statusParams(sid, "sent", to)).status());
        Map<String, String> delivered = Tracker.statusParams(sid, "delivered", to);
        delivered.put("RawDlrDoneDate", "2612031701");
        assertEquals(204, tracker.callback(id, delivered).status());

        assertEquals("delivered", status(id));
        assertEquals(List.of("queued/api", "sent/callback", "delivered/callback"), history(id));
        JsonObject last = events(id).getJsonObject(2);
        assertEquals("2612031701", last.getString("rawDlrDoneDate"));
    }

    @Test
    void undeliveredKeepsTwilioErrorCode() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "unlucky");
        Map<String, String> undelivered = Tracker.statusParams(sent.getString("sid"), "undelivered", to);
        undelivered.put("ErrorCode", "30003");
        undelivered.put("ErrorMessage", "Unreachable destination handset");

        assertEquals(204, tracker.callback(sent.getString("id"), undelivered).status());

        JsonObject message = tracker.get("/api/messages/" + sent.getString("id")).json();
        assertEquals("undelivered", message.getString("status"));
        assertEquals(30003, message.getInt("errorCode"));
        JsonObject event = events(sent.getString("id")).getJsonObject(1);
        assertEquals(30003, event.getInt("errorCode"));
        assertEquals("Unreachable destination handset", event.getString("errorMessage"));
    }

    @Test
    void lateLowerStatusesNeverMoveAFinalMessageBackwards() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "out of order");
        String id = sent.getString("id");
        String sid = sent.getString("sid");

        tracker.callback(id, Tracker.statusParams(sid, "delivered", to));
        tracker.callback(id, Tracker.statusParams(sid, "sent", to));
        tracker.callback(id, Tracker.statusParams(sid, "sending", to));

        assertEquals("delivered", status(id));
        assertEquals(List.of("queued/api", "delivered/callback", "sent/callback", "sending/callback"), history(id));
    }

    @Test
    void readAfterDeliveredAdvances() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "seen");
        tracker.callback(sent.getString("id"), Tracker.statusParams(sent.getString("sid"), "delivered", to));
        tracker.callback(sent.getString("id"), Tracker.statusParams(sent.getString("sid"), "read", to));
        assertEquals("read", status(sent.getString("id")));
    }

    @Test
    void aRepeatedCallbackIsRecordedOnceAndStillAcknowledged() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "twice");
        Map<String, String> params = Tracker.statusParams(sent.getString("sid"), "delivered", to);

        assertEquals(204, tracker.callback(sent.getString("id"), params).status());
        assertEquals(204, tracker.callback(sent.getString("id"), params).status());

        assertEquals(List.of("queued/api", "delivered/callback"), history(sent.getString("id")));
    }

    @Test
    void aCallbackWithoutOurIdFindsTheMessageBySid() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "by sid");
        assertEquals(204, tracker.callback(null, Tracker.statusParams(sent.getString("sid"), "sent", to)).status());
        assertEquals("sent", status(sent.getString("id")));
    }

    @Test
    void aCallbackForAnUnknownSidCreatesATrackedMessage() {
        String to = Tracker.newNumber();
        String sid = TwilioDouble.newSid();

        assertEquals(204, tracker.callback(null, Tracker.statusParams(sid, "sent", to)).status());

        JsonObject message = tracker.get("/api/messages/" + sid).json();
        assertEquals(sid, message.getString("sid"));
        assertEquals("sent", message.getString("status"));
        assertEquals(to, message.getString("to"));
        assertEquals("+15005550006", message.getString("from"));
    }

    @Test
    void aCallbackThatBeatsCreateStillFindsItsMessage() {
        String to = Tracker.newNumber();
        String sid = TwilioDouble.newSid();
        twilio.script(to, TwilioDouble.createdAfter(params -> {
            String path = params.get("StatusCallback").substring(tracker.base().length());
            String id = path.substring(path.indexOf("messageId=") + "messageId=".length());
            Http.Reply early = tracker.callback(id, Tracker.statusParams(sid, "sent", to));
            assertEquals(204, early.status(), early::toString);
        }, sid, "queued"));

        JsonObject message = tracker.sendOk(to, "race");

        assertEquals(sid, message.getString("sid"));
        assertEquals("sent", message.getString("status"));
        assertEquals(List.of("sent/callback", "queued/api"), history(message.getString("id")));
    }

    @Test
    void concurrentCallbacksForOneMessageAreAllRecordedAndTheFinalStatusWins() throws Exception {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "parallel");
        String id = sent.getString("id");
        String sid = sent.getString("sid");
        List<String> statuses = List.of("sending", "sent", "delivered", "sent", "sending", "delivered", "queued",
                "delivered");
        ExecutorService pool = Executors.newFixedThreadPool(statuses.size());
        try {
            List<Callable<Http.Reply>> posts = new ArrayList<>();
            statuses.forEach(status -> posts.add(() -> tracker.callback(id, Tracker.statusParams(sid, status, to))));
            for (Future<Http.Reply> reply : pool.invokeAll(posts)) {
                assertEquals(204, reply.get().status(), () -> reply.toString());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals("delivered", status(id));
        List<String> history = history(id);
        assertEquals(5, history.size(), history::toString);
        for (String expected : List.of("queued/api", "queued/callback", "sending/callback", "sent/callback",
                "delivered/callback")) {
            assertTrue(history.contains(expected), () -> expected + " missing in " + history);
        }
    }

    @Test
    void concurrentFirstCallbacksForAnUnknownSidCreateOneMessage() throws Exception {
        String to = Tracker.newNumber();
        String sid = TwilioDouble.newSid();
        List<String> statuses = List.of("queued", "sending", "sent", "delivered");
        ExecutorService pool = Executors.newFixedThreadPool(statuses.size());
        try {
            List<Callable<Http.Reply>> posts = new ArrayList<>();
            statuses.forEach(status -> posts.add(() -> tracker.callback(null, Tracker.statusParams(sid, status, to))));
            for (Future<Http.Reply> reply : pool.invokeAll(posts)) {
                assertEquals(204, reply.get().status(), () -> reply.toString());
            }
        } finally {
            pool.shutdownNow();
        }

        JsonArray items = tracker.get("/api/messages?to=" + Http.encode(to)).json().getJsonArray("items");
        assertEquals(1, items.size());
        assertEquals("delivered", items.getJsonObject(0).getString("status"));
        assertEquals(4, events(items.getJsonObject(0).getString("id")).size());
    }

    @Test
    void aSignedCallbackWithoutStatusOrSidIs400() {
        Map<String, String> noStatus = Tracker.statusParams(TwilioDouble.newSid(), "sent", Tracker.newNumber());
        noStatus.remove("MessageStatus");
        noStatus.remove("SmsStatus");
        ValidationScenarios.assertProblem(tracker.callback(null, noStatus), 400);

        Map<String, String> noSid = Tracker.statusParams("x", "sent", Tracker.newNumber());
        noSid.remove("MessageSid");
        noSid.remove("SmsSid");
        ValidationScenarios.assertProblem(tracker.callback(null, noSid), 400);

        Map<String, String> oddStatus = Tracker.statusParams(TwilioDouble.newSid(), "teleported", Tracker.newNumber());
        ValidationScenarios.assertProblem(tracker.callback(null, oddStatus), 400);
    }

    String status(String id) {
        return tracker.get("/api/messages/" + id).json().getString("status");
    }

    JsonArray events(String id) {
        return tracker.get("/api/messages/" + id + "/events").jsonArray();
    }

    List<String> history(String id) {
        return events(id).stream().map(JsonValue::asJsonObject)
                .map(event -> event.getString("status") + "/" + event.getString("source"))
                .toList();
    }
}
