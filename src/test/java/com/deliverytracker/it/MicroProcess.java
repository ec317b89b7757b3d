package com.deliverytracker.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro process the test starts and stops itself, for what the managed Arquillian container cannot
 * do mid-suite: a restart of the server with its root directory kept.
 */
public final class MicroProcess implements AutoCloseable {

    private final int port;
    private final Path rootDir;
    private final Path log;
    private final Map<String, String> environment;
    private Process process;

    public MicroProcess(int port, Path rootDir) {
        this(port, rootDir, Map.of());
    }

    /** {@code environment} adds to or overrides the settings the suite's server gets. */
    public MicroProcess(int port, Path rootDir, Map<String, String> environment) {
        this.port = port;
        this.rootDir = rootDir;
        this.log = rootDir.resolveSibling(rootDir.getFileName() + ".log");
        this.environment = Map.copyOf(environment);
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public void start() throws IOException, InterruptedException {
        Files.createDirectories(rootDir);
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", System.getProperty("it.microJar"),
                "--deploy", System.getProperty("it.war"), "--port", String.valueOf(port), "--rootDir",
                rootDir.toString(), "--nocluster", "--postbootcommandfile", System.getProperty("it.microPostBoot")));
        command.addAll(extraOptions());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PUBLIC_BASE_URL", base());
        builder.environment().putAll(environment);
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        process = builder.start();
        awaitReady(logStart, Duration.ofSeconds(180));
    }

    /** The suite's extra Micro options (the postgres profile's --addLibs), the same the managed server gets. */
    private static List<String> extraOptions() {
        String options = System.getProperty("it.microExtraOptions", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * Waits for Micro's "ready in" line. Answers on the port are no sign: with a kept root directory Micro
     * first starts the app it already had, then redeploys it from --deploy, answering 503 in between.
     */
    private void awaitReady(long logStart, Duration timeout) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ", see " + log);
            }
            String output = logSince(logStart);
            if (output.contains("Payara Micro") && output.contains(" ready in ")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro not ready after " + timeout + ", see " + log);
    }

    private String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Stops the server the way an operator would (SIGTERM), letting it shut down cleanly. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
