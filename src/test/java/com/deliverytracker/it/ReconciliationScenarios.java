package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation polls Twilio for messages that went silent. The suite's server runs with a 1 s stale
 * threshold, a 5 s grace for unknown outcomes and a ~14 s give-up horizon, and its timer effectively off:
 * each scenario starts a run itself through POST /api/reconciliation/runs.
 */
abstract class ReconciliationScenarios {

    static final Duration STALE = Duration.ofSeconds(1);

    final Tracker tracker = Tracker.deployed();
    final TwilioDouble twilio = TwilioDouble.instance();

    @Test
    void aStaleSentMessageBecomesDeliveredThroughPolling() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "was a receipt lost?");
        String id = sent.getString("id");
        String sid = sent.getString("sid");
        assertEquals(204, tracker.callback(id, Tracker.statusParams(sid, "sent", to)).status());
        twilio.knows(sid, "delivered", null, null);
        waitUntilStale();

        tracker.reconcile();

        JsonObject message = message(id);
        assertEquals("delivered", message.getString("status"));
        assertEquals("delivered/poll", lastEvent(id));
        assertFalse(message.isNull("dateSent"), "Twilio's date_sent is filled in");
        assertEquals("-0.00790", message.getString("price"));
        assertEquals(1, twilio.fetchesOf(sid));
    }

    @Test
    void aQueuedMessageWithoutCallbacksBecomesUndeliveredWith30003() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "no callback ever came");
        String sid = sent.getString("sid");
        twilio.knows(sid, "undelivered", 30003, "Unreachable destination handset");
        waitUntilStale();

        tracker.reconcile();

        JsonObject message = message(sent.getString("id"));
        assertEquals("undelivered", message.getString("status"));
        assertEquals(30003, message.getInt("errorCode"));
        assertEquals("Unreachable destination handset", message.getString("errorMessage"));
        JsonArray events = tracker.get("/api/messages/" + sent.getString("id") + "/events").jsonArray();
        JsonObject last = events.getJsonObject(events.size() - 1);
        assertEquals("poll", last.getString("source"));
        assertEquals(30003, last.getInt("errorCode"));
    }

    @Test
    void finalMessagesAreNeverFetched() {
        String to = Tracker.newNumber();
        JsonObject viaCallback = tracker.sendOk(to, "final through a callback");
        assertEquals(204, tracker.callback(viaCallback.getString("id"),
                Tracker.statusParams(viaCallback.getString("sid"), "delivered", to)).status());
        String failedTo = Tracker.newNumber();
        twilio.script(failedTo, TwilioDouble.rejected(400, 21211, "The 'To' number is not a valid phone number."));
        String failedId = tracker.send("{\"to\":\"" + failedTo + "\",\"body\":\"refused\"}").json()
                .getString("messageId");
        waitUntilStale();

        tracker.reconcile();

        assertEquals(0, twilio.fetchesOf(viaCallback.getString("sid")));
        assertEquals("delivered", message(viaCallback.getString("id")).getString("status"));
        assertEquals("failed", message(failedId).getString("status"));
        assertEquals(List.of("failed/api"), history(failedId));
        assertEquals(1, twilio.callsTo(failedTo).size(), "a failed send is never retried");
    }

    @Test
    void anUnchangedMessageIsPolledLessAndLessOften() throws InterruptedException {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "carrier keeps quiet");
        String id = sent.getString("id");
        String sid = sent.getString("sid");
        waitUntilStale();

        tracker.reconcile();
        JsonObject first = message(id);
        assertEquals(1, twilio.fetchesOf(sid));
        assertEquals(1, first.getInt("pollCount"));
        assertEquals(STALE, gap(first));

        tracker.reconcile();
        if (Instant.now().isBefore(Instant.parse(first.getString("nextPollAt")))) {
            assertEquals(1, twilio.fetchesOf(sid), "not polled again before its next poll time");
        }

        waitFor(Instant.parse(first.getString("nextPollAt")));
        tracker.reconcile();
        JsonObject second = message(id);
        assertEquals(2, twilio.fetchesOf(sid));
        assertEquals(STALE.multipliedBy(2), gap(second));

        waitFor(Instant.parse(second.getString("nextPollAt")));
        tracker.reconcile();
        assertEquals(3, twilio.fetchesOf(sid));
        assertEquals(STALE.multipliedBy(4), gap(message(id)));
        assertEquals(List.of("queued/api"), history(id), "polls that bring no news add no history");
    }

    @Test
    void aTooManyRequestsAnswerSlowsTheRunAndLosesNothing() {
        String to = Tracker.newNumber();
        List<String> ids = new ArrayList<>();
        List<String> sids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            JsonObject sent = tracker.sendOk(to, "throttled " + i);
            ids.add(sent.getString("id"));
            sids.add(sent.getString("sid"));
            twilio.knows(sent.getString("sid"), "delivered", null, null);
        }
        twilio.scriptFetch(sids.get(0), TwilioDouble.tooManyRequests(2));
        waitUntilStale();

        JsonObject run = tracker.reconcile();

        assertTrue(run.getInt("throttled") >= 1, "the 429 is counted: " + run);
        assertTrue(run.getJsonNumber("durationMs").longValue() >= 2000, "the run waited out Retry-After: " + run);
        for (String id : ids) {
            assertEquals("delivered", message(id).getString("status"));
        }
        assertEquals(2, twilio.fetchesOf(sids.get(0)), "the throttled poll was tried again");
    }

    @Test
    void anUnknownOutcomeFoundAtTwilioIsTrackedWithoutASecondCreate() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.storedButAnswered500());
        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"did it go?\"}");
        String id = reply.json().getString("messageId");
        assertEquals("outcome_unknown", message(id).getString("status"));
        String sidAtTwilio = twilio.sidsTo(to).get(0);
        twilio.knows(sidAtTwilio, "sent", null, null);
        waitUntilStale();

        tracker.reconcile();

        JsonObject message = message(id);
        assertEquals(sidAtTwilio, message.getString("sid"));
        assertEquals("sent", message.getString("status"));
        assertEquals("sent/poll", lastEvent(id));
        assertEquals(1, twilio.callsTo(to).size(), "never sent twice");
        assertEquals(message(sidAtTwilio).getString("id"), id, "findable by its SID now");
    }

    @Test
    void anUnknownOutcomeMissingAtTwilioFailsAfterTheGracePeriod() throws InterruptedException {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.rejected(500, 20500, "Internal Server Error"));
        Instant attempted = Instant.now();
        String id = tracker.send("{\"to\":\"" + to + "\",\"body\":\"lost on the way\"}").json()
                .getString("messageId");
        waitUntilStale();

        tracker.reconcile();
        if (Instant.now().isBefore(attempted.plusSeconds(5))) {
            assertEquals("outcome_unknown", message(id).getString("status"), "not failed within the grace period");
        }

        waitFor(attempted.plusSeconds(6));
        tracker.reconcile();

        JsonObject message = message(id);
        assertEquals("failed", message.getString("status"));
        assertTrue(message.getString("errorMessage").contains("Twilio has no record"), message.toString());
        assertTrue(message.isNull("sid"));
        assertEquals("failed/poll", lastEvent(id));
        assertEquals(1, twilio.callsTo(to).size(), "never sent twice");
    }

    @Test
    void aMessagePastTheGiveUpHorizonIsNoLongerPolledAndShowsStale() throws InterruptedException {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "the carrier never confirms");
        String id = sent.getString("id");
        assertFalse(message(id).getBoolean("stale"));

        waitFor(Instant.now().plusSeconds(16));
        JsonObject run = tracker.reconcile();

        assertTrue(run.getInt("gaveUp") >= 1, run.toString());
        assertEquals(0, twilio.fetchesOf(sent.getString("sid")));
        JsonObject message = message(id);
        assertTrue(message.getBoolean("stale"));
        assertEquals("queued", message.getString("status"));
        tracker.reconcile();
        assertEquals(0, twilio.fetchesOf(sent.getString("sid")));
    }

    @Test
    void twoRunsStartedTogetherPollEachMessageOnce() throws Exception {
        String to = Tracker.newNumber();
        List<String> sids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String sid = tracker.sendOk(to, "race " + i).getString("sid");
            twilio.knows(sid, "delivered", null, null);
            sids.add(sid);
        }
        waitUntilStale();

        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Callable<JsonObject> run = tracker::reconcile;
            List<Future<JsonObject>> runs = callers.invokeAll(List.of(run, run));
            int polledOfOurs = 0;
            for (Future<JsonObject> finished : runs) {
                assertNotNull(finished.get());
            }
            for (String sid : sids) {
                assertEquals(1, twilio.fetchesOf(sid), sid + " fetched once");
                polledOfOurs++;
            }
            assertEquals(40, polledOfOurs);
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void theOverviewShowsRecentRunsAndTheNextTimerRun() {
        JsonObject run = tracker.reconcile();

        JsonObject overview = tracker.get("/api/reconciliation").json();

        assertFalse(overview.isNull("nextRunAt"), "the timer is scheduled");
        assertTrue(Instant.parse(overview.getString("nextRunAt")).isAfter(Instant.now()));
        assertEquals(1, overview.getJsonObject("settings").getInt("staleAfterSeconds"));
        JsonObject latest = overview.getJsonArray("runs").getJsonObject(0);
        assertEquals(run.getString("id"), latest.getString("id"));
        assertEquals("request", latest.getString("trigger"));
        for (String field : List.of("startedAt", "durationMs", "examined", "polled", "changed", "errors", "throttled")) {
            assertTrue(latest.containsKey(field), field);
        }
    }

    private JsonObject message(String idOrSid) {
        return tracker.get("/api/messages/" + idOrSid).json();
    }

    private List<String> history(String id) {
        return tracker.get("/api/messages/" + id + "/events").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("status") + "/" + e.getString("source")).toList();
    }

    private String lastEvent(String id) {
        List<String> history = history(id);
        return history.get(history.size() - 1);
    }

    private static Duration gap(JsonObject message) {
        return Duration.between(Instant.parse(message.getString("lastPolledAt")),
                Instant.parse(message.getString("nextPollAt")));
    }

    private static void waitUntilStale() {
        try {
            Thread.sleep(STALE.toMillis() + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis + 50);
        }
    }
}
