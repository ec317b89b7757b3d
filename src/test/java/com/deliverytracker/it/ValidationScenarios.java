package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is a 400 problem, and Twilio never hears of it. */
abstract class ValidationScenarios {

    final Tracker tracker = Tracker.deployed();
    final TwilioDouble twilio = TwilioDouble.instance();

    static Stream<Arguments> invalidSends() {
        String longBody = "x".repeat(1601);
        return Stream.of(
                Arguments.of("missing to", "{\"body\":\"hi\"}", "to"),
                Arguments.of("to not E.164", "{\"to\":\"+1 (415) 555-0123\",\"body\":\"%s\"}", "to"),
                Arguments.of("to without plus", "{\"to\":\"4155550123\",\"body\":\"%s\"}", "to"),
                Arguments.of("body over 1600", "{\"to\":\"%s\",\"body\":\"" + longBody + "\"}", "body"),
                Arguments.of("no body, no media", "{\"to\":\"%s\"}", "contentPresent"),
                Arguments.of("blank body", "{\"to\":\"%s\",\"body\":\"   \"}", "contentPresent"),
                Arguments.of("relative media URL", "{\"to\":\"%s\",\"mediaUrls\":[\"/cat.jpg\"]}", "mediaUrls"),
                Arguments.of("ftp media URL", "{\"to\":\"%s\",\"mediaUrls\":[\"ftp://example.com/a.jpg\"]}", "mediaUrls"),
                Arguments.of("bad from", "{\"to\":\"%s\",\"body\":\"hi\",\"from\":\"me\"}", "from"),
                Arguments.of("bad service SID", "{\"to\":\"%s\",\"body\":\"hi\",\"messagingServiceSid\":\"XX1\"}",
                        "messagingServiceSid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSends")
    void invalidSendIs400ProblemWithoutTwilioCall(String name, String template, String field) {
        String to = Tracker.newNumber();
        long callsBefore = twilio.totalCalls();
        Http.Reply reply = tracker.send(template.formatted(to));

        assertProblem(reply, 400);
        JsonObject problem = reply.json();
        assertTrue(problem.getJsonArray("errors").stream()
                        .anyMatch(error -> error.asJsonObject().getString("field").equals(field)),
                () -> "expected an error on " + field + ": " + problem);
        assertEquals(callsBefore, twilio.totalCalls());
    }

    @Test
    void malformedJsonIs400Problem() {
        String to = Tracker.newNumber();
        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":");
        assertProblem(reply, 400);
        assertEquals(0, twilio.callsTo(to).size());
    }

    @Test
    void jsonOfTheWrongShapeIs400Problem() {
        assertProblem(tracker.send("[1,2,3]"), 400);
        assertProblem(tracker.send("{\"to\":\"+14155550123\",\"mediaUrls\":\"not-a-list\"}"), 400);
    }

    @Test
    void emptyBodyIs400Problem() {
        assertProblem(tracker.send(""), 400);
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        Http.Reply reply = Http.send(tracker.api("/api/messages").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("to=+14155550123")).build());
        assertProblem(reply, 415);
    }

    @Test
    void unknownPathUnderApiIs404Problem() {
        assertProblem(tracker.get("/api/nothing-here"), 404);
    }

    @Test
    void wrongMethodIs405Problem() {
        Http.Reply reply = Http.send(tracker.api("/api/messages/abc").DELETE().build());
        assertProblem(reply, 405);
    }

    @Test
    void overlongIdempotencyKeyIs400Problem() {
        String to = Tracker.newNumber();
        assertProblem(tracker.send("{\"to\":\"" + to + "\",\"body\":\"hi\"}", "k".repeat(256)), 400);
        assertEquals(0, twilio.callsTo(to).size());
    }

    @Test
    void missingApiKeyIs401Problem() {
        Http.Reply reply = Http.send(Http.request(tracker.base() + "/api/messages").GET().build());
        assertProblem(reply, 401);
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"));
    }

    @Test
    void wrongApiKeyIs401ProblemEvenOnUnknownPaths() {
        Http.Reply reply = Http.send(Http.request(tracker.base() + "/api/nothing")
                .header("Authorization", "Bearer not-a-key").GET().build());
        assertProblem(reply, 401);
    }

    @Test
    void everyConfiguredKeyIsAccepted() {
        Http.Reply reply = Http.send(Http.request(tracker.base() + "/api/messages")
                .header("Authorization", "Bearer it-key-two").GET().build());
        assertEquals(200, reply.status(), reply::toString);
    }

    static void assertProblem(Http.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("type") && problem.containsKey("title"), problem::toString);
    }
}
