package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

abstract class IdempotencyScenarios {

    final Tracker tracker = Tracker.deployed();
    final TwilioDouble twilio = TwilioDouble.instance();

    @Test
    void repeatedKeyAndContentReturnsTheOriginalWithoutSecondSend() {
        String to = Tracker.newNumber();
        String key = UUID.randomUUID().toString();
        String json = "{\"to\":\"" + to + "\",\"body\":\"once only\"}";

        Http.Reply first = tracker.send(json, key);
        Http.Reply again = tracker.send(json, key);

        assertEquals(201, first.status(), first::toString);
        assertEquals(200, again.status(), again::toString);
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals(1, twilio.callsTo(to).size());
    }

    @Test
    void sameKeyWithDifferentContentIs409() {
        String to = Tracker.newNumber();
        String key = UUID.randomUUID().toString();
        assertEquals(201, tracker.send("{\"to\":\"" + to + "\",\"body\":\"first\"}", key).status());

        Http.Reply conflict = tracker.send("{\"to\":\"" + to + "\",\"body\":\"second\"}", key);

        ValidationScenarios.assertProblem(conflict, 409);
        assertEquals(1, twilio.callsTo(to).size());
    }

    @Test
    void keysOfDifferentClientsDoNotCollide() {
        String to = Tracker.newNumber();
        String key = UUID.randomUUID().toString();
        String json = "{\"to\":\"" + to + "\",\"body\":\"per client\"}";
        assertEquals(201, tracker.send(json, key).status());

        Http.Reply other = Http.send(Http.request(tracker.base() + "/api/messages")
                .header("Authorization", "Bearer it-key-two").header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());

        assertEquals(201, other.status(), other::toString);
        assertEquals(2, twilio.callsTo(to).size());
    }

    @Test
    void concurrentRepeatsOfOneKeyMakeExactlyOneTwilioCall() throws Exception {
        String to = Tracker.newNumber();
        String key = UUID.randomUUID().toString();
        String json = "{\"to\":\"" + to + "\",\"body\":\"raced\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Http.Reply>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sends.add(() -> tracker.send(json, key));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Http.Reply> reply : pool.invokeAll(sends)) {
                Http.Reply r = reply.get();
                assertEquals(true, r.status() == 200 || r.status() == 201, r::toString);
                ids.add(r.json().getString("id"));
            }
            assertEquals(1, ids.stream().distinct().count(), ids::toString);
            assertEquals(1, twilio.callsTo(to).size());
        } finally {
            pool.shutdownNow();
        }
    }
}
