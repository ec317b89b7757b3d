package com.deliverytracker.bench;

import com.deliverytracker.it.EventStream;
import com.deliverytracker.it.Http;
import com.deliverytracker.it.MicroProcess;
import com.deliverytracker.it.Tracker;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The sandbox as a load generator: a burst of messages (default 10,000) through the whole stack of a
 * tracker in sandbox mode on Payara Micro (H2), as the README's run command starts it. Measures how long the
 * tracker takes to store them all and to hear every callback, the rate of accepted callbacks, what a
 * dashboard sees meanwhile (the list's latency, the stream's events). Run with
 * {@code mvn -Ppayara,bench verify -Dit.test=SandboxBurstBenchmark}; figures go to target/benchmarks/sandbox-burst.md.
 */
class SandboxBurstBenchmark {

    static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
    private static final Set<String> IN_FLIGHT = Set.of("pending", "accepted", "queued", "sending");

    @Test
    void burst() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "benchmarks"));
        Path root = work.resolve("micro-root-sandbox-burst");
        MicroProcess.deleteRecursively(root);
        // empty counts as unset: the suite's Twilio double, keys and test clocks are taken away
        Map<String, String> firstRun = Map.of("TWILIO_MODE", "", "TWILIO_ACCOUNT_SID", "", "TWILIO_AUTH_TOKEN", "",
                "TWILIO_API_BASE_URL", "", "TWILIO_FROM_NUMBER", "", "API_KEYS", "", "RECONCILE_INTERVAL_SECONDS", "",
                "RECONCILE_STALE_AFTER_SECONDS", "", "STATS_ROLLUP_INTERVAL_SECONDS", "");
        try (MicroProcess micro = new MicroProcess(Integer.getInteger("it.restart.port"), root, firstRun)) {
            micro.start();
            Tracker tracker = Tracker.sandboxAt(micro.base());
            warmUp(tracker);
            long callbacksBefore = acceptedCallbacks(tracker);

            AtomicBoolean running = new AtomicBoolean(true);
            List<Long> listNanos = Collections.synchronizedList(new ArrayList<>());
            Thread dashboard = new Thread(() -> readListWhile(tracker, running, listNanos));
            AtomicLong streamed = new AtomicLong();
            try (EventStream stream = EventStream.open(micro.base() + "/api/messages/stream", Tracker.DEV_API_KEY)) {
                stream.await(event -> event.name().equals("ready"), Duration.ofSeconds(10));
                Thread counter = new Thread(() -> countEvents(stream, running, streamed));
                counter.start();
                dashboard.start();

                Instant started = Instant.now();
                Http.Reply burst = Http.send(tracker.api("/sandbox/burst?count=" + MESSAGES)
                        .POST(HttpRequest.BodyPublishers.noBody()).build());
                if (burst.status() != 202) {
                    throw new AssertionError("burst refused: " + burst);
                }
                // done when every message is stored, none is before sent, and no callback came for 5 s
                Duration stored = null;
                Instant lastCallback = started;
                long callbacksSeen = callbacksBefore;
                JsonObject stats;
                while (true) {
                    Thread.sleep(500);
                    stats = tracker.get("/api/stats?since=" + started).json();
                    long callbacksNow = acceptedCallbacks(tracker);
                    if (callbacksNow != callbacksSeen) {
                        callbacksSeen = callbacksNow;
                        lastCallback = Instant.now();
                    }
                    if (stored == null && stats.getInt("total") >= MESSAGES) {
                        stored = Duration.between(started, Instant.now());
                    }
                    boolean inFlight = stats.getJsonObject("byStatus").keySet().stream().anyMatch(IN_FLIGHT::contains);
                    if (stored != null && !inFlight && Duration.between(lastCallback, Instant.now()).toSeconds() >= 5) {
                        break;
                    }
                }
                Duration settled = Duration.between(started, lastCallback);
                running.set(false);
                dashboard.join();
                counter.join();
                long callbacks = callbacksSeen - callbacksBefore;
                report(work.resolve("sandbox-burst.md"), stored, settled, callbacks, stats, listNanos, streamed.get());
            }
        }
    }

    private static void warmUp(Tracker tracker) throws InterruptedException {
        Http.Reply burst = Http.send(tracker.api("/sandbox/burst?count=200").POST(HttpRequest.BodyPublishers.noBody()).build());
        if (burst.status() != 202) {
            throw new AssertionError("not a sandbox: " + burst);
        }
        Thread.sleep(15_000);
    }

    private static void readListWhile(Tracker tracker, AtomicBoolean running, List<Long> nanos) {
        while (running.get()) {
            long start = System.nanoTime();
            tracker.get("/api/messages?limit=50");
            nanos.add(System.nanoTime() - start);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void countEvents(EventStream stream, AtomicBoolean running, AtomicLong count) {
        while (running.get()) {
            try {
                stream.await(event -> event.name().equals("message"), Duration.ofMillis(500));
                count.incrementAndGet();
            } catch (AssertionError quiet) {
                // nothing within half a second
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long acceptedCallbacks(Tracker tracker) {
        return Http.send(Http.request(tracker.base() + "/api/metrics").GET().build()).body().lines()
                .filter(line -> line.startsWith("tracker_callbacks_total{result=\"accepted\"}"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void report(Path file, Duration stored, Duration settled, long callbacks, JsonObject stats,
                               List<Long> listNanos, long streamed) throws Exception {
        List<Long> sorted = new ArrayList<>(listNanos);
        Collections.sort(sorted);
        String text = "# Sandbox burst\n\n"
                + "| messages | all stored | last callback | accepted callbacks | callbacks/s | list p50 | list p99 | list reads | stream events |\n"
                + "|---|---|---|---|---|---|---|---|---|\n"
                + "| " + MESSAGES + " | " + seconds(stored) + " | " + seconds(settled) + " | " + callbacks + " | "
                + Math.round(callbacks / (settled.toMillis() / 1000.0)) + " | " + millis(sorted, 0.5) + " | "
                + millis(sorted, 0.99) + " | " + sorted.size() + " | " + streamed + " |\n\n"
                + "By status at the end: " + stats.getJsonObject("byStatus") + "\n";
        Files.writeString(file, text);
        System.out.println(text);
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String millis(List<Long> sorted, double fraction) {
        return sorted.isEmpty() ? "-" : String.format("%.1f ms",
                sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size()))) / 1e6);
    }
}
