package com.deliverytracker.bench;

import com.deliverytracker.it.Http;
import com.deliverytracker.it.MicroProcess;
import com.deliverytracker.it.Tracker;
import com.deliverytracker.it.TwilioDouble;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's goal: 10,000 stale messages reconciled against a Twilio double that answers each fetch after
 * 100 ms and refuses more than 20 concurrent requests with 429, with RECONCILE_MAX_CONCURRENCY=20, within
 * 1.5 x the ideal 50 s and without a 429, while signed status callbacks keep a p99 under 100 ms. Run with
 * {@code mvn -Ppayara,bench verify -Dit.test=ReconcileBenchmark}; figures go to target/benchmarks/reconcile.md.
 */
class ReconcileBenchmark {

    static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 20);
    static final long FETCH_MILLIS = 100;
    static final int CALLBACK_CLIENTS = Integer.getInteger("bench.callbackClients", 4);

    @Test
    void reconcile() throws Exception {
        Path work = Path.of("target", "benchmarks");
        Files.createDirectories(work);
        Path root = work.resolve("micro-root-reconcile");
        MicroProcess.deleteRecursively(root);
        TwilioDouble twilio = TwilioDouble.instance();
        Map<String, String> settings = Map.of(
                "RECONCILE_INTERVAL_SECONDS", "0",
                "RECONCILE_STALE_AFTER_SECONDS", "5",
                "RECONCILE_GIVE_UP_AFTER_HOURS", "72",
                "RECONCILE_MAX_CONCURRENCY", String.valueOf(CONCURRENCY));
        try (MicroProcess micro = new MicroProcess(Integer.getInteger("it.restart.port"), root, settings)) {
            micro.start();
            Tracker tracker = new Tracker(micro.base());
            Instant creating = Instant.now();
            List<String> sids = createMessages(tracker);
            System.out.println("Created " + sids.size() + " messages in " + Duration.between(creating, Instant.now()));
            sids.forEach(sid -> twilio.knows(sid, "delivered", null, null));
            Thread.sleep(6_000);
            twilio.limitReads(FETCH_MILLIS, CONCURRENCY);

            AtomicBoolean running = new AtomicBoolean(true);
            List<Long> callbackNanos = Collections.synchronizedList(new ArrayList<>());
            ExecutorService callbacks = Executors.newFixedThreadPool(Math.max(1, CALLBACK_CLIENTS));
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CALLBACK_CLIENTS; i++) {
                clients.add(callbacks.submit(() -> callbacksWhile(tracker, running, callbackNanos)));
            }
            Thread.sleep(2_000);
            callbackNanos.clear();
            JsonObject run = CompletableFuture.supplyAsync(() -> runNow(tracker)).get();
            running.set(false);
            for (Future<?> client : clients) {
                client.get();
            }
            callbacks.shutdown();
            twilio.limitReads(0, Integer.MAX_VALUE);
            report(work.resolve("reconcile.md"), run, twilio, callbackNanos);
        }
    }

    private static JsonObject runNow(Tracker tracker) {
        Http.Reply reply = Http.send(tracker.api("/api/reconciliation/runs").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (reply.status() != 200) {
            throw new AssertionError("run failed: " + reply);
        }
        return reply.json();
    }

    private static List<String> createMessages(Tracker tracker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> sends = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                sends.add(pool.submit(() -> tracker.sendOk(Tracker.newNumber(), "reconcile me").getString("sid")));
            }
            List<String> sids = new ArrayList<>();
            for (Future<String> send : sends) {
                sids.add(send.get());
            }
            return sids;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The traffic a live system keeps getting during a run: sends, then their sent and delivered callbacks. */
    private static void callbacksWhile(Tracker tracker, AtomicBoolean running, List<Long> nanos) {
        while (running.get()) {
            String to = Tracker.newNumber();
            JsonObject sent = tracker.sendOk(to, "live traffic");
            for (String status : List.of("sent", "delivered")) {
                long started = System.nanoTime();
                Http.Reply reply = tracker.callback(sent.getString("id"),
                        Tracker.statusParams(sent.getString("sid"), status, to));
                nanos.add(System.nanoTime() - started);
                if (reply.status() != 204) {
                    throw new AssertionError("callback refused: " + reply);
                }
            }
        }
    }

    private static void report(Path file, JsonObject run, TwilioDouble twilio, List<Long> callbackNanos)
            throws Exception {
        List<Long> sorted = new ArrayList<>(callbackNanos);
        Collections.sort(sorted);
        double idealSeconds = MESSAGES * (FETCH_MILLIS / 1000.0) / CONCURRENCY;
        double seconds = run.getJsonNumber("durationMs").longValue() / 1000.0;
        String report = "# Reconciliation benchmark, " + Instant.now() + "\n\n"
                + "| messages | max concurrency | callback clients | run | ideal | ratio | polled | changed | errors | throttled (app) "
                + "| 429s from double | max fetches in flight | callbacks | callback p50 | p90 | p99 | max |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
                + "| " + MESSAGES + " | " + CONCURRENCY + " | " + CALLBACK_CLIENTS + " | " + String.format("%.1f s", seconds) + " | "
                + String.format("%.0f s", idealSeconds) + " | " + String.format("%.2f", seconds / idealSeconds) + " | "
                + run.getInt("polled") + " | " + run.getInt("changed") + " | " + run.getInt("errors") + " | "
                + run.getInt("throttled") + " | " + twilio.refusedReads() + " | " + twilio.maxReadsInFlight() + " | "
                + sorted.size() + " | " + millis(sorted, 0.50) + " | " + millis(sorted, 0.90) + " | "
                + millis(sorted, 0.99) + " | " + millis(sorted, 1.0) + " |\n";
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static String millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "?";
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return String.format("%.1f ms", sorted.get(Math.max(0, index)) / 1e6);
    }
}
