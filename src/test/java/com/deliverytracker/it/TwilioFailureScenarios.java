package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** What Twilio's refusals and failures do to a send: never a double send, never a lost message. */
abstract class TwilioFailureScenarios {

    final Tracker tracker = Tracker.deployed();
    final TwilioDouble twilio = TwilioDouble.instance();

    @Test
    void rejectionIsStoredAsFailedWithTwilioCode() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.rejected(400, 21211, "The 'To' number " + to + " is not a valid phone number."));

        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"hi\"}");

        ValidationScenarios.assertProblem(reply, 422);
        JsonObject problem = reply.json();
        assertEquals(21211, problem.getInt("twilioCode"));
        JsonObject message = tracker.get("/api/messages/" + problem.getString("messageId")).json();
        assertEquals("failed", message.getString("status"));
        assertEquals(21211, message.getInt("errorCode"));
        assertTrue(message.getString("errorMessage").contains("not a valid phone number"));
        assertEquals(1, twilio.callsTo(to).size());
    }

    @Test
    void unsubscribedRecipientIsFailedWith21610() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.rejected(400, 21610, "Attempt to send to unsubscribed recipient"));

        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"hi\"}");

        ValidationScenarios.assertProblem(reply, 422);
        assertEquals(21610, reply.json().getInt("twilioCode"));
    }

    @Test
    void accountProblemIs502() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.rejected(401, 20003, "Authenticate"));

        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"hi\"}");

        ValidationScenarios.assertProblem(reply, 502);
        assertEquals(20003, reply.json().getInt("twilioCode"));
    }

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfter() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.tooManyRequests(1));

        long started = System.nanoTime();
        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"patience\"}");

        assertEquals(201, reply.status(), reply::toString);
        assertEquals(2, twilio.callsTo(to).size());
        assertTrue(System.nanoTime() - started >= 900_000_000L, "Retry-After: 1 was not honoured");
    }

    @Test
    void persistentTooManyRequestsGivesUpAsNotSent() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.tooManyRequests(0), TwilioDouble.tooManyRequests(0),
                TwilioDouble.tooManyRequests(0));

        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"no luck\"}");

        ValidationScenarios.assertProblem(reply, 503);
        assertEquals(3, twilio.callsTo(to).size());
        JsonObject message = tracker.get("/api/messages/" + reply.json().getString("messageId")).json();
        assertEquals("failed", message.getString("status"));
    }

    @Test
    void serverErrorIsNotRetriedAndLeavesOutcomeUnknown() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.rejected(500, 20500, "Internal Server Error"));

        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"maybe\"}");

        ValidationScenarios.assertProblem(reply, 502);
        assertEquals(1, twilio.callsTo(to).size());
        String id = reply.json().getString("messageId");
        assertEquals("outcome_unknown", tracker.get("/api/messages/" + id).json().getString("status"));
        JsonArray events = tracker.get("/api/messages/" + id + "/events").jsonArray();
        assertEquals("outcome_unknown", events.getJsonObject(0).getString("status"));
        assertEquals("api", events.getJsonObject(0).getString("source"));
    }

    @Test
    void anUnreadableSuccessIsAnUnknownOutcomeNotAFailure() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.unreadable(201));

        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"garbled\"}");

        ValidationScenarios.assertProblem(reply, 502);
        assertEquals("send-outcome-unknown", reply.json().getString("type").replace("/problems/", ""));
        assertEquals("outcome_unknown",
                tracker.get("/api/messages/" + reply.json().getString("messageId")).json().getString("status"));
        assertEquals(1, twilio.callsTo(to).size());
    }

    @Test
    void htmlServiceUnavailableIsNotRetried() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.htmlError(503));

        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"maybe\"}");

        ValidationScenarios.assertProblem(reply, 502);
        assertEquals(1, twilio.callsTo(to).size());
    }

    @Test
    void readTimeoutIsNotRetriedAndAnswers504() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.silentFor(4500));

        Http.Reply reply = tracker.send("{\"to\":\"" + to + "\",\"body\":\"slow\"}");

        ValidationScenarios.assertProblem(reply, 504);
        assertEquals(1, twilio.callsTo(to).size());
        assertEquals("outcome_unknown",
                tracker.get("/api/messages/" + reply.json().getString("messageId")).json().getString("status"));
    }

    @Test
    void aLateCallbackResolvesAnUnknownOutcome() {
        String to = Tracker.newNumber();
        twilio.script(to, TwilioDouble.rejected(500, 20500, "Internal Server Error"));
        String id = tracker.send("{\"to\":\"" + to + "\",\"body\":\"maybe\"}").json().getString("messageId");

        String sid = TwilioDouble.newSid();
        assertEquals(204, tracker.callback(id, Tracker.statusParams(sid, "delivered", to)).status());

        JsonObject message = tracker.get("/api/messages/" + id).json();
        assertEquals("delivered", message.getString("status"));
        assertEquals(sid, message.getString("sid"));
    }
}
