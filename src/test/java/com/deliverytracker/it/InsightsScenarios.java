package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Feedback to Twilio, error explanations, statistics, export, health and metrics. */
abstract class InsightsScenarios {

    private static final SecureRandom RANDOM = new SecureRandom();

    final Tracker tracker = Tracker.deployed();
    final TwilioDouble twilio = TwilioDouble.instance();

    // ---- feedback ----

    @Test
    void confirmedFeedbackReachesTwilioAndIsRecordedOnce() {
        String to = Tracker.newNumber();
        JsonObject sent = sendWithFeedback(to);
        String id = sent.getString("id");
        String sid = sent.getString("sid");
        assertEquals(204, tracker.callback(id, Tracker.statusParams(sid, "sent", to)).status());

        Http.Reply first = feedback(id, "{\"outcome\":\"confirmed\"}");
        Http.Reply again = feedback(sid, "{\"outcome\":\"confirmed\"}");

        assertEquals(200, first.status(), first.toString());
        assertEquals(200, again.status(), again.toString());
        assertEquals(List.of(Map.of("Outcome", "confirmed")), twilio.feedbackFor(sid), "one call, Outcome=confirmed");
        JsonObject message = tracker.get("/api/messages/" + id).json();
        assertEquals("confirmed", message.getString("feedbackOutcome"));
        assertEquals("delivered", message.getString("status"), "confirmed feedback is proof of delivery");
        JsonArray events = tracker.get("/api/messages/" + id + "/events").jsonArray();
        List<JsonObject> feedbackEvents = events.getValuesAs(JsonObject.class).stream()
                .filter(e -> "feedback".equals(e.getString("source"))).toList();
        assertEquals(1, feedbackEvents.size(), events.toString());
        assertEquals("confirmed", feedbackEvents.get(0).getString("feedbackOutcome"));
    }

    @Test
    void aChangeOfMindIsSentAndRecordedEachTime() {
        JsonObject sent = sendWithFeedback(Tracker.newNumber());
        String id = sent.getString("id");

        for (String outcome : List.of("confirmed", "unconfirmed", "confirmed")) {
            assertEquals(200, feedback(id, "{\"outcome\":\"" + outcome + "\"}").status());
        }

        assertEquals(List.of(Map.of("Outcome", "confirmed"), Map.of("Outcome", "unconfirmed"),
                Map.of("Outcome", "confirmed")), twilio.feedbackFor(sent.getString("sid")));
        assertEquals("confirmed", tracker.get("/api/messages/" + id).json().getString("feedbackOutcome"));
        assertEquals(List.of("confirmed", "unconfirmed", "confirmed"),
                tracker.get("/api/messages/" + id + "/events").jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(e -> "feedback".equals(e.getString("source")))
                        .map(e -> e.getString("feedbackOutcome")).toList());
    }

    @Test
    void aReadMessageCountsAsDelivered() throws InterruptedException {
        Instant since = Instant.now();
        Thread.sleep(5);
        String readTo = Tracker.newNumber();
        JsonObject read = tracker.sendOk(readTo, "seen");
        String lostTo = Tracker.newNumber();
        JsonObject lost = tracker.sendOk(lostTo, "lost");
        assertEquals(204, tracker.callback(read.getString("id"), Tracker.statusParams(read.getString("sid"), "read", readTo))
                .status());
        Map<String, String> undelivered = Tracker.statusParams(lost.getString("sid"), "undelivered", lostTo);
        undelivered.put("ErrorCode", "30005");
        assertEquals(204, tracker.callback(lost.getString("id"), undelivered).status());
        Thread.sleep(5);
        String range = "since=" + since + "&until=" + Instant.now();

        JsonObject stats = tracker.get("/api/stats?" + range + "&groupBy=status").json();

        assertEquals(1, stats.getJsonObject("byStatus").getInt("read"));
        assertEquals(0.5, stats.getJsonNumber("deliveryRate").doubleValue(), 1e-9, "read was delivered first");
        assertEquals(1, stats.getJsonObject("timeToDelivered").getInt("count"));
        assertFalse(tracker.get("/api/messages/" + read.getString("id")).json().isNull("deliveredAt"));
        List<String> keys = stats.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("key")).sorted().toList();
        assertEquals(List.of("read", "undelivered"), keys, "statuses by their API names");
        ValidationScenarios.assertProblem(tracker.get("/api/stats?since=%2B300000-01-01T00:00:00Z"), 400);
    }

    @Test
    void unconfirmedFeedbackLeavesTheStatus() {
        String to = Tracker.newNumber();
        JsonObject sent = sendWithFeedback(to);

        assertEquals(200, feedback(sent.getString("id"), "{\"outcome\":\"unconfirmed\"}").status());

        assertEquals(List.of(Map.of("Outcome", "unconfirmed")), twilio.feedbackFor(sent.getString("sid")));
        JsonObject message = tracker.get("/api/messages/" + sent.getString("id")).json();
        assertEquals("queued", message.getString("status"));
        assertEquals("unconfirmed", message.getString("feedbackOutcome"));
    }

    @Test
    void feedbackForAMessageSentWithoutProvideFeedbackIs409() {
        JsonObject sent = tracker.sendOk(Tracker.newNumber(), "no feedback asked");

        Http.Reply reply = feedback(sent.getString("id"), "{\"outcome\":\"confirmed\"}");

        ValidationScenarios.assertProblem(reply, 409);
        assertTrue(reply.json().getString("detail").contains("provideFeedback"), reply.toString());
        assertTrue(twilio.feedbackFor(sent.getString("sid")).isEmpty());
    }

    @Test
    void anUnknownOutcomeIs400AndAnUnknownMessageIs404() {
        JsonObject sent = sendWithFeedback(Tracker.newNumber());

        ValidationScenarios.assertProblem(feedback(sent.getString("id"), "{\"outcome\":\"maybe\"}"), 400);
        ValidationScenarios.assertProblem(feedback(sent.getString("id"), "{}"), 400);
        ValidationScenarios.assertProblem(feedback("no-such-message", "{\"outcome\":\"confirmed\"}"), 404);
        assertTrue(twilio.feedbackFor(sent.getString("sid")).isEmpty());
    }

    @Test
    void aTwilioFailureIs502AndRecordsNothing() {
        JsonObject sent = sendWithFeedback(Tracker.newNumber());
        twilio.scriptFeedback(sent.getString("sid"), TwilioDouble.rejected(500, 20500, "Internal Server Error"));

        Http.Reply reply = feedback(sent.getString("id"), "{\"outcome\":\"confirmed\"}");

        ValidationScenarios.assertProblem(reply, 502);
        assertEquals(1, tracker.get("/api/messages/" + sent.getString("id") + "/events").jsonArray().size());
        assertEquals(200, feedback(sent.getString("id"), "{\"outcome\":\"confirmed\"}").status(), "can be given again");
    }

    // ---- error explanations ----

    @Test
    void theCatalogueExplains30003And21211() {
        JsonObject unreachable = tracker.get("/api/errors/30003").json();
        assertEquals("Unreachable destination handset", unreachable.getString("title"));
        assertFalse(unreachable.getString("causes").isBlank());
        assertFalse(unreachable.getString("solutions").isBlank());
        assertEquals("https://www.twilio.com/docs/errors/30003", unreachable.getString("moreInfo"));
        assertEquals("Invalid 'To' Phone Number", tracker.get("/api/errors/21211").json().getString("title"));
        ValidationScenarios.assertProblem(tracker.get("/api/errors/99999"), 404);
        ValidationScenarios.assertProblem(tracker.get("/api/errors/abc"), 400);
    }

    @Test
    void aMessageWithAnErrorCodeShowsItsExplanation() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "will not arrive");
        Map<String, String> undelivered = Tracker.statusParams(sent.getString("sid"), "undelivered", to);
        undelivered.put("ErrorCode", "30003");
        tracker.callback(sent.getString("id"), undelivered);

        JsonObject error = tracker.get("/api/messages/" + sent.getString("id")).json().getJsonObject("error");

        assertEquals(30003, error.getInt("code"));
        assertEquals("Unreachable destination handset", error.getString("title"));
        assertTrue(error.getBoolean("known"));
    }

    // ---- statistics and export on a known data set ----

    @Test
    void statsAndExportOverAKnownDataSet() throws InterruptedException {
        Instant since = Instant.now();
        Thread.sleep(5);
        String gb1 = number("+447700"), gb2 = number("+447700"), de1 = number("+49151"), de2 = number("+49151");
        String us1 = Tracker.newNumber(), us2 = Tracker.newNumber();
        List<String> delivered = new ArrayList<>();
        JsonObject a = tracker.sendOk(gb1, "a");
        JsonObject b = tracker.sendOk(gb2, "b");
        JsonObject c = tracker.sendOk(de1, "c");
        JsonObject d = tracker.sendOk(de2, "d");
        JsonObject e = tracker.sendOk(us1, "e");
        twilio.script(us2, TwilioDouble.rejected(400, 21211, "The 'To' number is not a valid phone number."));
        String failedId = tracker.send("{\"to\":\"" + us2 + "\",\"body\":\"f\"}").json().getString("messageId");
        for (JsonObject message : List.of(a, c, e)) {
            Thread.sleep(150);
            deliver(message, message == a ? gb1 : message == c ? de1 : us1);
            delivered.add(message.getString("id"));
        }
        Map<String, String> undelivered = Tracker.statusParams(b.getString("sid"), "undelivered", gb2);
        undelivered.put("ErrorCode", "30003");
        tracker.callback(b.getString("id"), undelivered);
        tracker.callback(d.getString("id"), Tracker.statusParams(d.getString("sid"), "sent", de2));
        Thread.sleep(5);
        Instant until = Instant.now();
        String range = "since=" + since + "&until=" + until;

        JsonObject stats = tracker.get("/api/stats?" + range).json();

        assertEquals(6, stats.getInt("total"));
        JsonObject byStatus = stats.getJsonObject("byStatus");
        assertEquals(3, byStatus.getInt("delivered"));
        assertEquals(1, byStatus.getInt("undelivered"));
        assertEquals(1, byStatus.getInt("failed"));
        assertEquals(1, byStatus.getInt("sent"));
        assertEquals(0.6, stats.getJsonNumber("deliveryRate").doubleValue(), 1e-9);
        double[] millis = delivered.stream()
                .mapToDouble(id -> tracker.get("/api/messages/" + id).json().getJsonNumber("deliveryMillis").doubleValue())
                .sorted().toArray();
        JsonObject time = stats.getJsonObject("timeToDelivered");
        assertEquals(3, time.getInt("count"));
        assertEquals(percentileCont(millis, 0.5), time.getJsonNumber("p50Ms").doubleValue(), 1e-6);
        assertEquals(percentileCont(millis, 0.9), time.getJsonNumber("p90Ms").doubleValue(), 1e-6);
        assertEquals(percentileCont(millis, 0.99), time.getJsonNumber("p99Ms").doubleValue(), 1e-6);
        assertEquals(histogramOf(millis), time.getJsonArray("histogram").getValuesAs(JsonObject.class).stream()
                .map(bar -> (bar.isNull("upToMs") ? "more" : bar.getJsonNumber("upToMs").longValue()) + ":" + bar.getInt("count"))
                .toList());
        JsonArray errors = stats.getJsonArray("errors");
        assertEquals(2, errors.size());
        assertEquals(List.of(21211, 30003), errors.getValuesAs(JsonObject.class).stream()
                .map(err -> err.getInt("code")).sorted().toList());
        assertTrue(errors.toString().contains("Unreachable destination handset"));

        JsonObject byCountry = tracker.get("/api/stats?" + range + "&groupBy=country").json();
        Map<String, JsonObject> groups = new java.util.HashMap<>();
        byCountry.getJsonArray("groups").getValuesAs(JsonObject.class).forEach(g -> groups.put(g.getString("key"), g));
        assertEquals(2, groups.get("GB").getInt("total"));
        assertEquals(1, groups.get("GB").getInt("delivered"));
        assertEquals(0.5, groups.get("GB").getJsonNumber("deliveryRate").doubleValue(), 1e-9);
        assertEquals(2, groups.get("DE").getInt("total"));
        assertEquals(2, groups.get("NANP").getInt("total"));
        assertEquals(1, groups.get("NANP").getInt("failed"));
        for (String dimension : List.of("status", "errorCode", "hour", "sender")) {
            JsonObject grouped = tracker.get("/api/stats?" + range + "&groupBy=" + dimension).json();
            assertEquals(6, grouped.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                    .mapToInt(g -> g.getInt("total")).sum(), dimension);
        }
        ValidationScenarios.assertProblem(tracker.get("/api/stats?groupBy=planet"), 400);
        ValidationScenarios.assertProblem(tracker.get("/api/stats?since=yesterday"), 400);

        Http.Reply csv = tracker.get("/api/messages/export?" + range + "&format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertEquals(7, lines.size(), csv.body());
        assertTrue(lines.get(0).startsWith("id,sid,direction,from,to,status,errorCode"), lines.get(0));
        assertTrue(csv.body().contains(failedId + ",,outbound,"), "the failed send has no SID");

        Http.Reply ndjson = tracker.get("/api/messages/export?" + range + "&format=ndjson");
        assertTrue(ndjson.contentType().startsWith("application/x-ndjson"), ndjson.contentType());
        List<JsonObject> rows = ndjson.body().lines()
                .map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        assertEquals(6, rows.size());
        JsonObject undeliveredRow = rows.stream().filter(r -> r.getString("id").equals(b.getString("id"))).findFirst()
                .orElseThrow();
        assertEquals("undelivered", undeliveredRow.getString("status"));
        assertEquals(30003, undeliveredRow.getInt("errorCode"));
        ValidationScenarios.assertProblem(tracker.get("/api/messages/export?format=xml"), 400);
    }

    // ---- health and metrics ----

    @Test
    void healthAndMetricsAnswerWithoutAKey() {
        Http.Reply live = Http.send(Http.request(tracker.base() + "/api/health/live").GET().build());
        Http.Reply ready = Http.send(Http.request(tracker.base() + "/api/health/ready").GET().build());
        String before = metrics().body();
        String to = Tracker.newNumber();
        JsonObject sent = sendWithFeedback(to);
        assertEquals(204, tracker.callback(sent.getString("id"), Tracker.statusParams(sent.getString("sid"), "sent", to))
                .status());
        assertEquals(403, tracker.postWithSignature("/twilio/status", Tracker.statusParams(sent.getString("sid"),
                "delivered", to), null).status());
        assertEquals(200, feedback(sent.getString("id"), "{\"outcome\":\"confirmed\"}").status());
        tracker.reconcile();
        Http.Reply metrics = metrics();

        assertEquals(200, live.status());
        assertEquals("UP", live.json().getString("status"));
        assertEquals(200, ready.status(), ready.toString());
        assertEquals("UP", ready.json().getString("status"));
        assertEquals(200, metrics.status());
        assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
        assertTrue(metrics.body().contains("# TYPE tracker_sends_total counter"), metrics.body());
        String after = metrics.body();
        assertEquals(1, counter(after, "tracker_sends_total", "outcome", "accepted")
                - counter(before, "tracker_sends_total", "outcome", "accepted"), after);
        assertEquals(1, counter(after, "tracker_callbacks_total", "result", "accepted")
                - counter(before, "tracker_callbacks_total", "result", "accepted"), after);
        assertEquals(1, counter(after, "tracker_callbacks_total", "result", "refused_signature")
                - counter(before, "tracker_callbacks_total", "result", "refused_signature"), after);
        assertEquals(1, counter(after, "tracker_feedback_total", "result", "confirmed")
                - counter(before, "tracker_feedback_total", "result", "confirmed"), after);
        assertEquals(1, counter(after, "tracker_reconciliation_total", "kind", "runs")
                - counter(before, "tracker_reconciliation_total", "kind", "runs"), after);
        assertEquals(401, Http.send(Http.request(tracker.base() + "/api/stats").GET().build()).status(),
                "everything else still needs a key");
    }

    private Http.Reply metrics() {
        return Http.send(Http.request(tracker.base() + "/api/metrics").GET().build());
    }

    /** A counter's value in Prometheus text, 0 while it has never been counted. */
    private static long counter(String exposition, String name, String label, String value) {
        String prefix = name + "{" + label + "=\"" + value + "\"} ";
        return exposition.lines().filter(line -> line.startsWith(prefix))
                .mapToLong(line -> Long.parseLong(line.substring(prefix.length()).trim())).findFirst().orElse(0);
    }

    private JsonObject sendWithFeedback(String to) {
        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"your code is 123456\",\"provideFeedback\":true}");
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private Http.Reply feedback(String idOrSid, String json) {
        return Http.send(tracker.api("/api/messages/" + idOrSid + "/feedback")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private void deliver(JsonObject message, String to) {
        assertEquals(204, tracker.callback(message.getString("id"),
                Tracker.statusParams(message.getString("sid"), "delivered", to)).status());
    }

    private static String number(String prefix) {
        StringBuilder digits = new StringBuilder(prefix);
        while (digits.length() < 13) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    /** The histogram's bars as "upToMs:count", for delivery times in milliseconds. */
    static List<String> histogramOf(double[] millis) {
        long[] bounds = {1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 300_000};
        List<String> bars = new ArrayList<>();
        double lower = 0;
        for (long bound : bounds) {
            double from = lower;
            bars.add(bound + ":" + Arrays.stream(millis).filter(m -> m >= from && m < bound).count());
            lower = bound;
        }
        double last = lower;
        bars.add("more:" + Arrays.stream(millis).filter(m -> m >= last).count());
        return bars;
    }

    /** PostgreSQL's and H2's percentile_cont: linear interpolation between the closest ranks. */
    static double percentileCont(double[] sorted, double fraction) {
        double rank = fraction * (sorted.length - 1);
        int lower = (int) Math.floor(rank);
        int upper = (int) Math.ceil(rank);
        return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    }
}
