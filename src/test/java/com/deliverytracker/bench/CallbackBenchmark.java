package com.deliverytracker.bench;

import com.deliverytracker.it.Http;
import com.deliverytracker.it.MicroProcess;
import com.deliverytracker.it.Tracker;
import com.deliverytracker.it.TwilioDouble;
import com.deliverytracker.it.TwilioSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Status callbacks per second and latency against Payara Micro, accepted (signed) and rejected (wrong
 * signature) in the same run, driven by wrk from pre-signed requests. Run with {@code mvn -Ppayara,bench verify};
 * the figures go to target/benchmarks/callbacks.md and docs/benchmarks.md explains them.
 */
class CallbackBenchmark {

    static final int MESSAGES = Integer.getInteger("bench.messages", 5000);
    static final String DURATION = System.getProperty("bench.duration", "30s");
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 32);
    static final List<String> STATUSES = List.of("queued", "sending", "sent", "delivered");

    @Test
    void callbacks() throws Exception {
        Path work = Path.of("target", "benchmarks");
        Files.createDirectories(work);
        Path root = work.resolve("micro-root");
        MicroProcess.deleteRecursively(root);
        TwilioDouble.instance();
        try (MicroProcess micro = new MicroProcess(Integer.getInteger("it.restart.port"), root)) {
            micro.start();
            Tracker tracker = new Tracker(micro.base());
            List<String[]> messages = createMessages(tracker);
            Path signed = work.resolve("signed.tsv");
            Path forged = work.resolve("forged.tsv");
            writeCallbacks(messages, signed, new TwilioSigner(TwilioDouble.AUTH_TOKEN), micro.base());
            writeCallbacks(messages, forged, new TwilioSigner("not-the-auth-token"), micro.base());

            wrk(micro.base(), forged, "10s");
            wrk(micro.base(), warmupCallbacks(messages, work.resolve("warmup.tsv"), micro.base()), "10s");
            String accepted = wrk(micro.base(), signed, DURATION);
            String rejected = wrk(micro.base(), forged, DURATION);
            report(work.resolve("callbacks.md"), accepted, rejected);
        }
    }

    private List<String[]> createMessages(Tracker tracker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String[]>> sends = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                sends.add(pool.submit(() -> {
                    String to = Tracker.newNumber();
                    var message = tracker.sendOk(to, "benchmark");
                    return new String[]{message.getString("id"), message.getString("sid"), to};
                }));
            }
            List<String[]> messages = new ArrayList<>();
            for (Future<String[]> send : sends) {
                messages.add(send.get());
            }
            return messages;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every message gets each status once, shuffled: wrk's later passes replay them as duplicates. */
    private void writeCallbacks(List<String[]> messages, Path file, TwilioSigner signer, String base)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (String status : STATUSES) {
            for (String[] message : messages) {
                String path = "/twilio/status?messageId=" + message[0];
                Map<String, String> params = Tracker.statusParams(message[1], status, message[2]);
                lines.add(path + "\t" + Http.form(params) + "\t" + signer.sign(base + path, params));
            }
        }
        Collections.shuffle(lines, new java.util.Random(42));
        Files.write(file, lines);
    }

    /** Warms the signed path with "accepted" callbacks, which the measured run never sends. */
    private Path warmupCallbacks(List<String[]> messages, Path warmup, String base) throws IOException {
        List<String> lines = new ArrayList<>();
        TwilioSigner signer = new TwilioSigner(TwilioDouble.AUTH_TOKEN);
        for (String[] message : messages.subList(0, Math.min(500, messages.size()))) {
            String path = "/twilio/status?messageId=" + message[0];
            Map<String, String> params = Tracker.statusParams(message[1], "accepted", message[2]);
            lines.add(path + "\t" + Http.form(params) + "\t" + signer.sign(base + path, params));
        }
        Files.write(warmup, lines);
        return warmup;
    }

    private String wrk(String base, Path requests, String duration) throws Exception {
        Path script = Path.of("target", "test-classes", "bench", "callbacks.lua");
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + duration, "--latency",
                "-s", script.toString(), base + "/twilio/status", "--", requests.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        System.out.println(output);
        return output;
    }

    private void report(Path file, String accepted, String rejected) throws IOException {
        double acceptedRate = rate(accepted);
        double rejectedRate = rate(rejected);
        String report = "# Status callback benchmark, " + Instant.now() + "\n\n"
                + "| path | requests/s | p50 | p90 | p99 | non-2xx/403 answers |\n|---|---|---|---|---|---|\n"
                + row("signed (accepted, stored)", accepted) + row("wrong signature (rejected, 403)", rejected)
                + "\nAccepted rate is " + Math.round(100 * acceptedRate / rejectedRate) + " % of the reject-path rate.\n"
                + "\n## wrk, signed\n```\n" + accepted + "```\n\n## wrk, wrong signature\n```\n" + rejected + "```\n";
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static String row(String name, String wrk) {
        return "| " + name + " | " + Math.round(rate(wrk)) + " | " + percentile(wrk, "50") + " | "
                + percentile(wrk, "90") + " | " + percentile(wrk, "99") + " | " + non2xx(wrk) + " |\n";
    }

    static double rate(String wrk) {
        Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(wrk);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static String percentile(String wrk, String p) {
        Matcher m = Pattern.compile("\\s" + p + "%\\s+([0-9.]+\\w+)").matcher(wrk);
        return m.find() ? m.group(1) : "?";
    }

    static String non2xx(String wrk) {
        Matcher m = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(wrk);
        return m.find() ? m.group(1) : "0";
    }
}
