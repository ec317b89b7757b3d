package com.deliverytracker.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A webhook receiver on loopback that keeps every request it gets, for tests that play a tracker to the sandbox. */
final class CallbackCatcher implements AutoCloseable {

    /** One webhook as received: the URL it was sent to (path and query), its headers and its form fields. */
    record Received(String pathAndQuery, Map<String, String> headers, Map<String, String> params) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    CallbackCatcher(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                synchronized (received) {
                    received.add(new Received(exchange.getRequestURI().toString(), headers, TwilioDouble.parse(body)));
                    received.notifyAll();
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    /** Waits until {@code count} requests match, and answers them in the order they came. */
    List<Received> await(Predicate<Received> wanted, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (received) {
            while (true) {
                List<Received> matching = received.stream().filter(wanted).toList();
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (matching.size() >= count || left <= 0) {
                    return matching;
                }
                received.wait(left);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
