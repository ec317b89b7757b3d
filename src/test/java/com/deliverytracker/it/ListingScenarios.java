package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class ListingScenarios {

    final Tracker tracker = Tracker.deployed();

    @Test
    void pagesNewestFirstWithACursor() {
        String to = Tracker.newNumber();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(tracker.sendOk(to, "page " + i).getString("id"));
        }

        List<String> seen = new ArrayList<>();
        String query = "/api/messages?limit=2&to=" + Http.encode(to);
        JsonObject page = tracker.get(query).json();
        int pages = 1;
        page.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getString("id")));
        while (!page.isNull("next")) {
            page = tracker.get(query + "&cursor=" + page.getString("next")).json();
            page.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getString("id")));
            pages++;
        }

        assertEquals(3, pages);
        java.util.Collections.reverse(ids);
        assertEquals(ids, seen);
    }

    @Test
    void filtersByStatusAndSince() {
        String to = Tracker.newNumber();
        JsonObject first = tracker.sendOk(to, "one");
        Instant between = Instant.parse(first.getString("createdAt")).plusMillis(1);
        JsonObject second = tracker.sendOk(to, "two");
        tracker.callback(second.getString("id"), Tracker.statusParams(second.getString("sid"), "delivered", to));

        JsonObject delivered = tracker.get("/api/messages?status=delivered&to=" + Http.encode(to)).json();
        assertEquals(1, delivered.getJsonArray("items").size());
        assertEquals(second.getString("id"), delivered.getJsonArray("items").getJsonObject(0).getString("id"));

        JsonObject recent = tracker.get("/api/messages?since=" + between + "&to=" + Http.encode(to)).json();
        assertEquals(1, recent.getJsonArray("items").size());
        assertTrue(recent.isNull("next"));
    }

    @Test
    void invalidQueryParametersAre400Problems() {
        for (String query : List.of("limit=0", "limit=201", "limit=ten", "status=lost", "since=yesterday",
                "cursor=%21%21", "to=12345", "direction=sideways", "since=%2B1000000000-01-01T00:00:00Z",
                "since=%2B10000-01-01T00:00:00Z", "since=1969-12-31T23:59:59Z",
                "cursor=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        "+10000-01-01T00:00|x".getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            ValidationScenarios.assertProblem(tracker.get("/api/messages?" + query), 400);
        }
    }
}
