package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Closed hours are summed from the hourly roll-up (the suite's server rolls up every 2 s). Messages of a past
 * hour cannot be sent through the API, so this scenario writes them into the database directly, then watches
 * the statistics of that hour, and a late callback changing one of them.
 */
abstract class StatsRollupScenarios {

    private static final SecureRandom RANDOM = new SecureRandom();

    final Tracker tracker = Tracker.deployed();

    @Test
    void aClosedHourIsSummedFromTheRollUpAndFollowsALateCallback() throws Exception {
        assumeTrue(TrackerDatabase.reachable(), "the database is in WildFly's memory");
        LocalDateTime hour = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS)
                .minusHours(100 + RANDOM.nextInt(5000));
        String lateSid = "SM" + HexFormat.of().formatHex(randomBytes());
        String lateId = insertHour(hour, lateSid);
        Instant start = hour.toInstant(ZoneOffset.UTC);
        String wholeHour = "since=" + start + "&until=" + start.plus(Duration.ofHours(1));

        JsonObject stats = awaitStats(wholeHour, s -> s.getInt("total") == 10 && rolledPast(s, start.plusSeconds(3600)));

        assertEquals(5, stats.getJsonObject("byStatus").getInt("delivered"));
        assertEquals(2, stats.getJsonObject("byStatus").getInt("undelivered"));
        assertEquals(1, stats.getJsonObject("byStatus").getInt("failed"));
        assertEquals(2, stats.getJsonObject("byStatus").getInt("sent"));
        assertEquals(5.0 / 8, stats.getJsonNumber("deliveryRate").doubleValue(), 1e-9);
        JsonObject time = stats.getJsonObject("timeToDelivered");
        assertEquals(5, time.getInt("count"));
        // 1000 … 5000 ms exactly: the roll-up's buckets are 100 ms wide at this size
        assertEquals(3000, time.getJsonNumber("p50Ms").doubleValue(), 100);
        assertEquals(4600, time.getJsonNumber("p90Ms").doubleValue(), 100);
        assertEquals(2, stats.getJsonArray("errors").getJsonObject(0).getInt("count"));
        assertEquals(30003, stats.getJsonArray("errors").getJsonObject(0).getInt("code"));
        Map<String, Integer> byCountry = new HashMap<>();
        tracker.get("/api/stats?" + wholeHour + "&groupBy=country").json().getJsonArray("groups")
                .getValuesAs(JsonObject.class).forEach(g -> byCountry.put(g.getString("key"), g.getInt("total")));
        assertEquals(Map.of("GB", 6, "DE", 4), byCountry);
        String ragged = "since=" + start.minusSeconds(1800) + "&until=" + start.plusSeconds(3600 + 1800);
        assertEquals(10, tracker.get("/api/stats?" + ragged).json().getInt("total"), "roll-up plus ragged ends");

        assertEquals(204, tracker.callback(lateId, Tracker.statusParams(lateSid, "delivered", "+447700900000"))
                .status());

        JsonObject after = awaitStats(wholeHour, s -> s.getJsonObject("byStatus").getInt("delivered", 0) == 6);
        assertEquals(1, after.getJsonObject("byStatus").getInt("sent"));
        assertEquals(10, after.getInt("total"));
    }

    /** Ten outgoing messages in {@code hour}: 5 delivered (1–5 s), 2 undelivered 30003, 1 failed, 2 sent. */
    private static String insertHour(LocalDateTime hour, String lateSid) throws Exception {
        String[] statuses = {"DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "UNDELIVERED",
                "UNDELIVERED", "FAILED", "SENT", "SENT"};
        String prefix = "it-rollup-" + HexFormat.of().formatHex(randomBytes()).substring(0, 12) + "-";
        try (Connection db = TrackerDatabase.open();
             PreparedStatement insert = db.prepareStatement("insert into tracked_message (id, sid, direction,"
                     + " from_number, to_number, provide_feedback, status, error_code, created_at, updated_at, version,"
                     + " country, delivery_millis, delivered_at) values (?, ?, 'OUTBOUND', '+15005550006', ?, false,"
                     + " ?, ?, ?, ?, 0, ?, ?, ?)")) {
            for (int i = 0; i < statuses.length; i++) {
                LocalDateTime created = hour.plusMinutes(5L * i + 1);
                boolean delivered = statuses[i].equals("DELIVERED");
                insert.setString(1, prefix + i);
                insert.setString(2, i == 9 ? lateSid : null);
                insert.setString(3, i < 6 ? "+447700900000" : "+4915112345678");
                insert.setString(4, statuses[i]);
                insert.setObject(5, statuses[i].equals("UNDELIVERED") ? 30003 : null, java.sql.Types.INTEGER);
                insert.setTimestamp(6, Timestamp.valueOf(created));
                insert.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                insert.setString(8, i < 6 ? "GB" : "DE");
                insert.setObject(9, delivered ? 1000L * (i + 1) : null, java.sql.Types.BIGINT);
                insert.setTimestamp(10, delivered ? Timestamp.valueOf(created.plusSeconds(i + 1)) : null);
                insert.addBatch();
            }
            insert.executeBatch();
            if (!db.getAutoCommit()) {
                db.commit();
            }
        }
        return prefix + 9;
    }

    private JsonObject awaitStats(String range, Predicate<JsonObject> done) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonObject stats = null;
        while (Instant.now().isBefore(deadline)) {
            stats = tracker.get("/api/stats?" + range).json();
            if (done.test(stats)) {
                return stats;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("statistics never got there: " + stats);
    }

    private static boolean rolledPast(JsonObject stats, Instant moment) {
        return !stats.isNull("rolledUpUntil") && !Instant.parse(stats.getString("rolledUpUntil")).isBefore(moment);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
