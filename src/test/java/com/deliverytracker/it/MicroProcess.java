package com.deliverytracker.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro process the test starts and stops itself, for what the managed Arquillian container cannot
 * do mid-suite: a restart of the server with its root directory kept.
 */
final class MicroProcess implements AutoCloseable {

    private final int port;
    private final Path rootDir;
    private final Path log;
    private Process process;

    MicroProcess(int port, Path rootDir) {
        this.port = port;
        this.rootDir = rootDir;
        this.log = rootDir.resolveSibling(rootDir.getFileName() + ".log");
    }

    String base() {
        return "http://localhost:" + port;
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(rootDir);
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", System.getProperty("it.microJar"),
                "--deploy", System.getProperty("it.war"), "--port", String.valueOf(port), "--rootDir",
                rootDir.toString(), "--nocluster"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PUBLIC_BASE_URL", base());
        process = builder.start();
        awaitReady(Duration.ofSeconds(180));
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Tracker tracker = new Tracker(base());
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ", see " + log);
            }
            try {
                if (tracker.get("/api/messages?limit=1").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still booting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro not ready after " + timeout + ", see " + log);
    }

    /** Stops the server the way an operator would (SIGTERM), letting it shut down cleanly. */
    void stop() throws InterruptedException {
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
