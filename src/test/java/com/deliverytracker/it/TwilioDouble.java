package com.deliverytracker.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Plays Twilio's Messages API on loopback, in Twilio's wire format (form posts, Basic auth, JSON answers,
 * Twilio's error JSON). Tests script answers per recipient number, so tests running against one double
 * never see each other's calls.
 */
public final class TwilioDouble {

    public static final String ACCOUNT_SID = "AC00000000000000000000000000000000";
    public static final String AUTH_TOKEN = "integration-test-token";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static TwilioDouble instance;

    private final HttpServer server;
    private final Map<String, List<Call>> callsByTo = new ConcurrentHashMap<>();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong totalCalls = new java.util.concurrent.atomic.AtomicLong();

    /** One create call as the double received it. */
    public record Call(Map<String, String> params, String authorization) {
    }

    /** How the double answers one create call. */
    public interface Answer {
        void answer(HttpExchange exchange, Map<String, String> params) throws IOException;
    }

    public static synchronized TwilioDouble instance() {
        if (instance == null) {
            instance = new TwilioDouble(Integer.getInteger("it.twilio.port"));
        }
        return instance;
    }

    private TwilioDouble(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on " + port, e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    public void script(String to, Answer... answers) {
        scripts.computeIfAbsent(to, key -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    public long totalCalls() {
        return totalCalls.get();
    }

    public List<Call> callsTo(String to) {
        return List.copyOf(callsByTo.getOrDefault(to, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"POST".equals(exchange.getRequestMethod()) || !MESSAGES.equals(path)) {
                respond(exchange, 404, error(20404, "The requested resource " + path + " was not found", 404));
                return;
            }
            Map<String, String> params = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String to = params.getOrDefault("To", "");
            totalCalls.incrementAndGet();
            callsByTo.computeIfAbsent(to, key -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Call(params, exchange.getRequestHeaders().getFirst("Authorization")));
            Deque<Answer> script = scripts.get(to);
            Answer answer = script == null ? null : script.pollFirst();
            (answer == null ? created("queued") : answer).answer(exchange, params);
        }
    }

    public static Answer created(String status) {
        return (exchange, params) -> respond(exchange, 201, messageJson(newSid(), status, params));
    }

    /** Runs {@code before} (e.g. a callback) before answering, as when a callback beats create()'s answer. */
    public static Answer createdAfter(Consumer<Map<String, String>> before, String sid, String status) {
        return (exchange, params) -> {
            before.accept(params);
            respond(exchange, 201, messageJson(sid, status, params));
        };
    }

    public static Answer rejected(int httpStatus, int code, String message) {
        return (exchange, params) -> respond(exchange, httpStatus, error(code, message, httpStatus));
    }

    public static Answer tooManyRequests(int retryAfterSeconds) {
        return (exchange, params) -> {
            exchange.getResponseHeaders().add("Retry-After", String.valueOf(retryAfterSeconds));
            respond(exchange, 429, error(20429, "Too Many Requests", 429));
        };
    }

    public static Answer htmlError(int httpStatus) {
        return (exchange, params) -> {
            byte[] page = "<html><body>Service Unavailable</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(httpStatus, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        };
    }

    /** A success whose body is not Twilio's JSON: twilio-java cannot read it. */
    public static Answer unreadable(int httpStatus) {
        return (exchange, params) -> respond(exchange, httpStatus, "{\"sid\": [unterminated");
    }

    public static Answer silentFor(long millis) {
        return (exchange, params) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 201, messageJson(newSid(), "queued", params));
        };
    }

    public static String newSid() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "SM" + HexFormat.of().formatHex(bytes);
    }

    static String messageJson(String sid, String status, Map<String, String> params) {
        return "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + ACCOUNT_SID + "\",\"status\":\"" + status + "\","
                + "\"to\":" + quote(params.get("To")) + ",\"from\":" + quote(params.get("From")) + ","
                + "\"messaging_service_sid\":" + quote(params.get("MessagingServiceSid")) + ","
                + "\"body\":" + quote(params.get("Body")) + ",\"num_segments\":\"1\",\"num_media\":\"0\","
                + "\"direction\":\"outbound-api\",\"api_version\":\"2010-04-01\",\"price\":null,\"price_unit\":\"USD\","
                + "\"error_code\":null,\"error_message\":null,"
                + "\"date_created\":\"Thu, 03 Dec 2026 16:01:45 +0000\",\"date_updated\":\"Thu, 03 Dec 2026 16:01:45 +0000\","
                + "\"date_sent\":null,\"uri\":\"/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json\"}";
    }

    static String error(int code, String message, int status) {
        return "{\"code\":" + code + ",\"message\":" + quote(message) + ",\"more_info\":\"https://www.twilio.com/docs/errors/"
                + code + "\",\"status\":" + status + "}";
    }

    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> parse(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.merge(name, value, (first, next) -> first + "," + next);
        }
        return params;
    }
}
