package com.deliverytracker.bench;

import com.deliverytracker.it.Http;
import com.deliverytracker.it.MicroProcess;
import com.deliverytracker.it.Tracker;
import com.deliverytracker.it.TrackerDatabase;
import com.deliverytracker.it.TwilioDouble;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's goal: {@code GET /api/stats} under 1 s over 1,000,000 messages, on H2 and on PostgreSQL. The data
 * generator is one INSERT … SELECT run in the database itself (H2's SYSTEM_RANGE, PostgreSQL's
 * generate_series): the embedded H2 of Payara Micro is reached through its AUTO_SERVER mode with Payara's own
 * H2 driver. Run with {@code mvn -Ppayara,bench verify -Dit.test=StatsBenchmark} (add {@code ,postgres} for
 * PostgreSQL); figures go to target/benchmarks/stats-<database>.md.
 */
class StatsBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    static final int RUNS = 5;
    static final long THIRTY_DAYS = 30L * 24 * 3600;

    @Test
    void stats() throws Exception {
        Path work = Path.of("target", "benchmarks");
        Files.createDirectories(work);
        Path root = work.resolve("micro-root-stats").toAbsolutePath();
        MicroProcess.deleteRecursively(root);
        TwilioDouble.instance();
        boolean postgres = !System.getProperty("it.jdbcUrl", "").isBlank();
        try (MicroProcess micro = new MicroProcess(Integer.getInteger("it.restart.port"), root,
                Map.of("RECONCILE_INTERVAL_SECONDS", "0", "STATS_ROLLUP_INTERVAL_SECONDS", "2"))) {
            micro.start();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            long started = System.nanoTime();
            try (Connection db = postgres ? TrackerDatabase.postgres() : TrackerDatabase.h2(root)) {
                generate(db, postgres, now);
            }
            String generated = String.format("%.1f s", (System.nanoTime() - started) / 1e9);
            Tracker tracker = new Tracker(micro.base());
            String rolledUp = awaitRollUp(tracker, now);
            Instant until = now.plusMinutes(1).toInstant(ZoneOffset.UTC);
            List<String[]> rows = new ArrayList<>();
            rows.add(time(tracker, "last 24 h, no grouping", run -> "since=" + until.minusSeconds(86400)
                    + "&until=" + until.plusMillis(run)));
            rows.add(time(tracker, "everything (30 days), no grouping", run -> all(until, run)));
            for (String dimension : List.of("status", "errorCode", "country", "hour", "sender")) {
                rows.add(time(tracker, "everything, groupBy=" + dimension,
                        run -> all(until, run) + "&groupBy=" + dimension));
            }
            String export = export(tracker, until);
            report(work.resolve("stats-" + (postgres ? "postgresql" : "h2") + ".md"), postgres,
                    generated + "; rolled up in " + rolledUp, rows, export);
        }
    }

    /**
     * One million messages, one a second back from now (11.6 days): 95 % outgoing (80 % delivered in 0.5–20.5 s, 8 % undelivered with
     * 30003–30006, 4 % failed with 21211/21610/30008, 5 % sent, 3 % queued), 5 % inbound; six countries,
     * three senders. Deterministic (modulo arithmetic), the same on both databases.
     */
    private static void generate(Connection db, boolean postgres, LocalDateTime now) throws Exception {
        String base = "timestamp '" + now.toString().replace('T', ' ') + "'";
        String created = postgres ? base + " - mod(x, " + THIRTY_DAYS + ") * interval '1 second'"
                : "dateadd('SECOND', -mod(x, " + THIRTY_DAYS + "), " + base + ")";
        String source = postgres ? "generate_series(1, " + ROWS + ") as t(x)" : "system_range(1, " + ROWS + ")";
        String millis = "(500 + mod(mod(x, 100000) * 7919, 20000))";
        String delivered = "(mod(x, 20) <> 0 and mod(x, 100) < 80)";
        String sql = "insert into tracked_message (id, direction, from_number, to_number, provide_feedback, status,"
                + " error_code, created_at, updated_at, version, country, delivery_millis, delivered_at)"
                + " select 'bench-' || x,"
                + " case when mod(x, 20) = 0 then 'INBOUND' else 'OUTBOUND' end,"
                + " '+1500555000' || mod(x, 3),"
                + " '+1999' || lpad(cast(x as varchar), 8, '0'),"
                + " false,"
                + " case when mod(x, 20) = 0 then 'RECEIVED' when mod(x, 100) < 80 then 'DELIVERED'"
                + " when mod(x, 100) < 88 then 'UNDELIVERED' when mod(x, 100) < 92 then 'FAILED'"
                + " when mod(x, 100) < 97 then 'SENT' else 'QUEUED' end,"
                + " case when mod(x, 20) = 0 then null when mod(x, 100) between 80 and 87 then 30003 + mod(x, 4)"
                + " when mod(x, 100) = 88 then 21211 when mod(x, 100) = 89 then 21610"
                + " when mod(x, 100) between 90 and 91 then 30008 else null end,"
                + " " + created + ", " + created + ", 0,"
                + " case mod(x, 6) when 0 then 'NANP' when 1 then 'GB' when 2 then 'DE' when 3 then 'FR'"
                + " when 4 then 'BR' else 'IN' end,"
                + " case when " + delivered + " then " + millis + " else null end,"
                + " case when " + delivered + " then " + (postgres ? created + " + " + millis + " * interval '1 millisecond'"
                : "dateadd('MILLISECOND', " + millis + ", " + created + ")") + " else null end"
                + " from " + source;
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("delete from tracked_message where id like 'bench-%'");
            int inserted = statement.executeUpdate(sql);
            System.out.println("Generated " + inserted + " messages");
            // a bulk import of the past: the roll-up starts over (docs/insights.md)
            statement.executeUpdate("delete from stats_hour");
            statement.executeUpdate("delete from stats_delivery_hour");
            statement.executeUpdate("update stats_rollup_state set rolled_until = null, changes_seen_until = null");
            statement.execute(postgres ? "vacuum analyze tracked_message" : "analyze");
        }
    }

    /** Waits for the roll-up timer to reach the last settled hour, and answers how long that took. */
    private static String awaitRollUp(Tracker tracker, LocalDateTime now) throws InterruptedException {
        Instant target = now.minusMinutes(5).truncatedTo(ChronoUnit.HOURS).toInstant(ZoneOffset.UTC);
        long started = System.nanoTime();
        while (true) {
            var stats = tracker.get("/api/stats").json();
            if (!stats.isNull("rolledUpUntil") && !Instant.parse(stats.getString("rolledUpUntil")).isBefore(target)) {
                return String.format("%.1f s", (System.nanoTime() - started) / 1e9);
            }
            Thread.sleep(500);
        }
    }

    /**
     * Every request has a range of its own (until moves by a millisecond): H2 would otherwise answer a repeated
     * prepared query from its cached last result, which a live database, changed by every callback, never does.
     */
    private static String all(Instant until, int run) {
        return "since=" + until.minusSeconds(THIRTY_DAYS + 3600) + "&until=" + until.plusMillis(run);
    }

    private static String[] time(Tracker tracker, String name, java.util.function.IntFunction<String> query) {
        for (int i = 0; i < 2; i++) {
            check(tracker.get("/api/stats?" + query.apply(100 + i)));
        }
        List<Double> millis = new ArrayList<>();
        String total = "?";
        for (int i = 0; i < RUNS; i++) {
            String path = "/api/stats?" + query.apply(i);
            long started = System.nanoTime();
            Http.Reply reply = tracker.get(path);
            millis.add((System.nanoTime() - started) / 1e6);
            check(reply);
            total = String.valueOf(reply.json().getJsonNumber("total").longValue());
        }
        Collections.sort(millis);
        return new String[]{name, total, String.format("%.0f ms", millis.get(0)),
                String.format("%.0f ms", millis.get(RUNS / 2)), String.format("%.0f ms", millis.get(RUNS - 1))};
    }

    /** Streams the whole export (CSV) and counts it, as a client saving it to disk would. */
    private static String export(Tracker tracker, Instant until) throws Exception {
        long started = System.nanoTime();
        java.net.http.HttpResponse<InputStream> response = java.net.http.HttpClient.newHttpClient().send(
                tracker.api("/api/messages/export?until=" + until + "&format=csv")
                        .timeout(java.time.Duration.ofMinutes(10)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = body.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format("Export of everything as CSV: HTTP %d, %,d rows after the header, %,d MB in %.1f s"
                + " (%,.0f rows/s), by a server with a 512 MB heap (-Xmx512m).", response.statusCode(), lines - 1,
                bytes / 1_000_000, seconds, (lines - 1) / seconds);
    }

    private static void check(Http.Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError("stats failed: " + reply);
        }
    }

    private static void report(Path file, boolean postgres, String generated, List<String[]> rows, String export)
            throws Exception {
        StringBuilder out = new StringBuilder("# Stats benchmark, " + (postgres ? "PostgreSQL" : "H2 (embedded)") + ", "
                + Instant.now() + "\n\n" + ROWS + " messages generated in " + generated + ".\n\n"
                + "| query | messages counted | min | median | max |\n|---|---|---|---|---|\n");
        for (String[] row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append("\n").append(export).append("\n");
        Files.writeString(file, out.toString());
        System.out.println(out);
    }
}
