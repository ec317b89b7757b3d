package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tracker in sandbox mode, as a newcomer meets it: no Twilio account, the development key, and messages
 * that live their lives through the built-in sandbox, tracked by its signed callbacks. Scenario numbers fix
 * each message's fate (docs/sandbox.md).
 */
abstract class SandboxScenarios {

    private static final Duration LIFE = Duration.ofSeconds(20);

    final Tracker tracker = Tracker.sandbox();

    @Test
    void theTrackerSaysItIsASandboxAndTakesTheDevelopmentKey() {
        JsonObject mode = Http.send(Http.request(tracker.base() + "/api/mode").GET().build()).json();
        JsonObject ready = Http.send(Http.request(tracker.base() + "/api/health/ready").GET().build()).json();
        Http.Reply otherKey = Http.send(Http.request(tracker.base() + "/api/messages")
                .header("Authorization", "Bearer " + Tracker.API_KEY).GET().build());

        assertEquals("sandbox", mode.getString("mode"));
        assertEquals(Tracker.DEV_API_KEY, mode.getString("devApiKey"));
        assertTrue(mode.getJsonArray("scenarios").toString().contains("+150055530003"));
        assertEquals("UP", ready.getString("status"), ready.toString());
        assertTrue(ready.toString().contains("sandbox mode"), ready.toString());
        assertEquals(200, tracker.get("/api/messages?limit=1").status());
        assertEquals(401, otherKey.status(), "only the development key, when API_KEYS is unset");
    }

    @Test
    void aMessageIsDeliveredThroughSignedCallbacksFromTheSandbox() throws InterruptedException {
        long refusedBefore = refusedCallbacks();
        JsonObject sent = tracker.sendOk("+15005550006", "Hello from the sandbox");
        String id = sent.getString("id");
        assertEquals("queued", sent.getString("status"));
        assertTrue(sent.getString("sid").matches("^SM[0-9a-f]{32}$"));

        JsonObject delivered = awaitMessage(id, m -> "delivered".equals(m.getString("status")));

        assertEquals(List.of("queued/api", "sending/callback", "sent/callback", "delivered/callback"), history(id));
        assertTrue(delivered.getJsonNumber("deliveryMillis").longValue() > 0);
        assertEquals(refusedBefore, refusedCallbacks(), "every callback passed the tracker's signature check");
    }

    @ParameterizedTest
    @CsvSource({"+150055530003, undelivered, 30003, Unreachable destination handset",
            "+150055530005, undelivered, 30005, Unknown destination handset",
            "+150055530006, undelivered, 30006, Landline or unreachable carrier",
            "+150055530007, undelivered, 30007, Message filtered",
            "+150055530008, failed, 30008, Unknown error"})
    void outcomeNumbersEndAsTheySayWithTheirExplainedErrors(String to, String status, int code, String title)
            throws InterruptedException {
        String id = tracker.sendOk(to, "a scenario").getString("id");

        JsonObject ended = awaitMessage(id, m -> status.equals(m.getString("status")));

        assertEquals(code, ended.getInt("errorCode"));
        assertEquals(title, ended.getJsonObject("error").getString("title"));
        List<String> history = history(id);
        assertEquals(status + "/callback", history.get(history.size() - 1));
    }

    @ParameterizedTest
    @CsvSource({"+15005550001, 21211", "+15005550009, 21614", "+15005550004, 21610"})
    void twiliosMagicNumbersAreRefusedWithTheirErrors(String to, int code) {
        Http.Reply refused = tracker.send("{\"to\":\"" + to + "\",\"body\":\"magic\"}");

        assertEquals(422, refused.status(), refused.toString());
        assertEquals("/problems/twilio-rejected", refused.json().getString("type"));
        assertEquals(code, refused.json().getInt("twilioCode"));
        JsonObject stored = tracker.get("/api/messages/" + refused.json().getString("messageId")).json();
        assertEquals("failed", stored.getString("status"));
        assertEquals(code, stored.getInt("errorCode"));
    }

    @Test
    void aLostCallbackIsFoundByReconciliation() throws InterruptedException {
        String id = tracker.sendOk("+15005559001", "the receipt gets lost").getString("id");
        awaitMessage(id, m -> "sent".equals(m.getString("status")));
        Thread.sleep(LIFE.toMillis() / 5);
        assertEquals("sent", tracker.get("/api/messages/" + id).json().getString("status"), "no delivered callback came");

        tracker.reconcile();

        JsonObject found = tracker.get("/api/messages/" + id).json();
        assertEquals("delivered", found.getString("status"));
        assertEquals("delivered/poll", history(id).get(history(id).size() - 1));
        assertEquals("-0.00790", found.getString("price"), "what only a poll tells");
    }

    @Test
    void aMessageWithoutReceiptStaysSentAndIsPolledWithoutNews() throws InterruptedException {
        String id = tracker.sendOk("+15005559002", "no receipt ever").getString("id");
        awaitMessage(id, m -> "sent".equals(m.getString("status")));
        Thread.sleep(LIFE.toMillis() / 5);

        tracker.reconcile();

        JsonObject polled = tracker.get("/api/messages/" + id).json();
        assertEquals("sent", polled.getString("status"));
        assertTrue(polled.getInt("pollCount") >= 1, polled.toString());
        assertEquals(List.of("queued/api", "sending/callback", "sent/callback"), history(id), "a poll without news adds nothing");
    }

    @Test
    void aPlayedInboundMessageIsAnsweredAndItsReplyTracked() throws InterruptedException {
        Http.Reply played = playInbound("{\"from\":\"+15005550006\",\"body\":\"HELP\"}");

        assertEquals(200, played.status(), played.toString());
        String inboundSid = played.json().getString("sid");
        JsonArray replies = played.json().getJsonArray("replies");
        assertEquals(1, replies.size(), played.toString());
        JsonObject inbound = tracker.get("/api/messages/" + inboundSid).json();
        assertEquals("inbound", inbound.getString("direction"));
        assertEquals("received", inbound.getString("status"));
        assertEquals("HELP", inbound.getString("body"));
        String replySid = replies.getJsonObject(0).getString("sid");

        JsonObject reply = awaitMessage(replySid, m -> "delivered".equals(m.getString("status")));

        assertEquals("reply", reply.getString("direction"));
        assertEquals(replies.getJsonObject(0).getString("body"), reply.getString("body"));
        assertEquals(inbound.getString("id"), reply.getString("inReplyTo"));
        assertTrue(tracker.get("/api/messages/" + inboundSid).json().getJsonArray("replies").toString()
                .contains(reply.getString("id")));
    }

    @Test
    void aPlayedStopOptsTheSenderOut() {
        String number = Tracker.newNumber();

        assertEquals(200, playInbound("{\"from\":\"" + number + "\",\"body\":\"STOP\"}").status());

        assertTrue(tracker.get("/api/opt-outs").body().contains(number));
        Http.Reply refused = tracker.send("{\"to\":\"" + number + "\",\"body\":\"after STOP\"}");
        assertEquals(422, refused.status());
        assertEquals("/problems/recipient-opted-out", refused.json().getString("type"));
    }

    @Test
    void aBurstMakesTrafficWithEveryKindOfOutcome() throws InterruptedException {
        Instant since = Instant.now();
        Http.Reply started = Http.send(tracker.api("/sandbox/burst?count=200").POST(HttpRequest.BodyPublishers.noBody()).build());

        Http.Reply second = Http.send(tracker.api("/sandbox/burst?count=5").POST(HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(202, started.status(), started.toString());
        assertEquals(200, started.json().getInt("count"));
        assertEquals(10, started.json().getInt("inbound"));
        assertEquals(409, second.status(), "one burst at a time: " + second);
        assertEquals("/problems/burst-running", second.json().getString("type"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject stats;
        do {
            Thread.sleep(1000);
            stats = tracker.get("/api/stats?since=" + since + "&groupBy=country").json();
        } while (Instant.now().isBefore(deadline) && (stats.getInt("total") < 200
                || stats.getJsonObject("byStatus").keySet().stream().anyMatch(s -> Set.of("queued", "sending").contains(s))));

        assertTrue(stats.getInt("total") >= 200, stats.toString());
        Set<String> statuses = stats.getJsonObject("byStatus").keySet();
        assertTrue(statuses.containsAll(Set.of("delivered", "undelivered", "failed")), statuses.toString());
        assertTrue(stats.getJsonArray("groups").size() >= 5, "recipients in many countries: " + stats.getJsonArray("groups"));
        Set<Integer> codes = new HashSet<>();
        stats.getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> codes.add(e.getInt("code")));
        assertTrue(codes.stream().anyMatch(c -> c >= 30003 && c <= 30008), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c == 21211 || c == 21614 || c == 21610), codes.toString());
        JsonArray inbound = tracker.get("/api/messages?direction=inbound&since=" + since + "&limit=50").json().getJsonArray("items");
        // every twentieth recipient answers, unless Twilio refused to text it (3.5 % of them)
        assertTrue(inbound.size() >= 8, "the recipients' answers: " + inbound.size());
    }

    @Test
    void theSandboxControlsRefuseWhatTheyCannotDo() {
        Http.Reply none = Http.send(tracker.api("/sandbox/burst").POST(HttpRequest.BodyPublishers.noBody()).build());
        Http.Reply tooMany = Http.send(tracker.api("/sandbox/burst?count=10001").POST(HttpRequest.BodyPublishers.noBody()).build());
        Http.Reply keyless = Http.send(Http.request(tracker.base() + "/sandbox/burst?count=1")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        Http.Reply get = Http.send(tracker.api("/sandbox/burst?count=1").GET().build());
        Http.Reply badFrom = playInbound("{\"from\":\"555-0100\",\"body\":\"hi\"}");
        Http.Reply notJson = playInbound("[1, 2]");
        Http.Reply broken = playInbound("{\"from\":");

        assertEquals(400, none.status());
        assertEquals("count", none.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, tooMany.status());
        assertEquals(401, keyless.status());
        assertEquals(405, get.status());
        assertEquals(400, badFrom.status());
        assertEquals("from", badFrom.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, notJson.status());
        assertEquals(400, broken.status());
        for (Http.Reply reply : List.of(none, tooMany, keyless, get, badFrom, notJson, broken)) {
            assertEquals("application/problem+json", reply.contentType().split(";")[0], reply.toString());
        }
    }

    private Http.Reply playInbound(String json) {
        return Http.send(tracker.api("/sandbox/inbound").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private JsonObject awaitMessage(String idOrSid, Predicate<JsonObject> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(LIFE);
        JsonObject message = null;
        while (Instant.now().isBefore(deadline)) {
            Http.Reply reply = tracker.get("/api/messages/" + idOrSid);
            if (reply.status() == 200) {
                message = reply.json();
                if (wanted.test(message)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not so within " + LIFE + ": " + message);
    }

    private List<String> history(String id) {
        return tracker.get("/api/messages/" + id + "/events").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("status") + "/" + e.getString("source")).toList();
    }

    private long refusedCallbacks() {
        return Http.send(Http.request(tracker.base() + "/api/metrics").GET().build()).body().lines()
                .filter(line -> line.contains("refused_signature") && !line.startsWith("#"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
