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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * Plays Twilio's Messages API on loopback, in Twilio's wire format (form posts, Basic auth, JSON answers,
 * Twilio's error JSON). Tests script answers per recipient number, so tests running against one double
 * never see each other's calls. Messages it created are kept, so it answers fetches by SID and lists filtered
 * by To and From the way Twilio does, and a test can change what Twilio "knows" about a message.
 */
public final class TwilioDouble {

    public static final String ACCOUNT_SID = "AC00000000000000000000000000000000";
    public static final String AUTH_TOKEN = "integration-test-token";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    private static final String MESSAGE_PREFIX = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);
    /** Every message any double answered as created, by SID: what Twilio knows. */
    private static final Map<String, Stored> STORED = new ConcurrentHashMap<>();

    private static TwilioDouble instance;

    private final HttpServer server;
    private final Map<String, List<Call>> callsByTo = new ConcurrentHashMap<>();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final AtomicLong totalCalls = new AtomicLong();
    private final Map<String, AtomicInteger> fetchesBySid = new ConcurrentHashMap<>();
    private final Map<String, Deque<Answer>> fetchScripts = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, String>>> feedbackBySid = new ConcurrentHashMap<>();
    private final Map<String, Deque<Answer>> feedbackScripts = new ConcurrentHashMap<>();
    private final AtomicInteger readsInFlight = new AtomicInteger();
    private final AtomicInteger maxReadsInFlight = new AtomicInteger();
    private final AtomicInteger refusedReads = new AtomicInteger();
    private volatile long readLatencyMillis;
    private volatile int readConcurrencyLimit = Integer.MAX_VALUE;

    /** A message as Twilio knows it; tests move it on with {@link #knows}. */
    private static final class Stored {
        final String sid;
        final Map<String, String> params;
        final ZonedDateTime created = ZonedDateTime.now(ZoneOffset.UTC);
        volatile String status;
        volatile Integer errorCode;
        volatile String errorMessage;
        volatile ZonedDateTime sent;
        volatile String price;

        Stored(String sid, String status, Map<String, String> params) {
            this.sid = sid;
            this.status = status;
            this.params = Map.copyOf(withoutNulls(params));
        }
    }

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
        // Without TCP_NODELAY the JDK server writes an answer's headers and body as two segments, and the
        // second waits for the client's delayed ACK: 40 ms more per request than Twilio would take.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on " + port, e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(64));
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
            if ("POST".equals(exchange.getRequestMethod()) && path.startsWith(MESSAGE_PREFIX)
                    && path.endsWith("/Feedback.json")) {
                feedback(exchange, path.substring(MESSAGE_PREFIX.length(), path.length() - "/Feedback.json".length()));
                return;
            }
            if ("GET".equals(exchange.getRequestMethod()) && path.startsWith(MESSAGE_PREFIX)) {
                read(exchange, () -> fetch(exchange, path.substring(MESSAGE_PREFIX.length()).replace(".json", "")));
                return;
            }
            if ("GET".equals(exchange.getRequestMethod()) && MESSAGES.equals(path)) {
                read(exchange, () -> list(exchange));
                return;
            }
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

    /** Twilio accepted the message, but its answer was lost to a 500: the outcome is unknown to the caller. */
    public static Answer storedButAnswered500() {
        return (exchange, params) -> {
            messageJson(newSid(), "queued", params);
            respond(exchange, 500, error(20500, "Internal Server Error", 500));
        };
    }

    // ---- what Twilio knows, and reads (fetch, list) ----

    private interface Read {
        void run() throws IOException;
    }

    /**
     * Reads may be slowed down and limited in concurrency, as Twilio limits an account's concurrent requests.
     * A read counts as in flight until its answer starts: the client may send its next request as soon as it
     * has the answer, before this handler thread has finished.
     */
    private void read(HttpExchange exchange, Read read) throws IOException {
        int inFlight = readsInFlight.incrementAndGet();
        boolean counted = true;
        try {
            maxReadsInFlight.accumulateAndGet(inFlight, Math::max);
            if (inFlight > readConcurrencyLimit) {
                refusedReads.incrementAndGet();
                readsInFlight.decrementAndGet();
                counted = false;
                tooManyRequests(1).answer(exchange, Map.of());
                return;
            }
            if (readLatencyMillis > 0) {
                Thread.sleep(readLatencyMillis);
            }
            readsInFlight.decrementAndGet();
            counted = false;
            read.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (counted) {
                readsInFlight.decrementAndGet();
            }
        }
    }

    private void fetch(HttpExchange exchange, String sid) throws IOException {
        fetchesBySid.computeIfAbsent(sid, key -> new AtomicInteger()).incrementAndGet();
        Deque<Answer> script = fetchScripts.get(sid);
        Answer scripted = script == null ? null : script.pollFirst();
        if (scripted != null) {
            scripted.answer(exchange, Map.of());
            return;
        }
        Stored stored = STORED.get(sid);
        if (stored == null) {
            respond(exchange, 404, error(20404, "The requested resource " + exchange.getRequestURI().getPath()
                    + " was not found", 404));
            return;
        }
        respond(exchange, 200, json(stored));
    }

    private void list(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery() == null ? ""
                : exchange.getRequestURI().getRawQuery());
        String to = query.get("To");
        String from = query.get("From");
        int pageSize = Integer.parseInt(query.getOrDefault("PageSize", "50"));
        List<String> page = STORED.values().stream()
                .filter(m -> to == null || to.equals(m.params.get("To")))
                .filter(m -> from == null || from.equals(m.params.get("From")))
                .sorted(Comparator.comparing((Stored m) -> m.created).reversed())
                .limit(pageSize)
                .map(TwilioDouble::json)
                .toList();
        String uri = MESSAGES + "?" + exchange.getRequestURI().getRawQuery();
        respond(exchange, 200, "{\"messages\":[" + String.join(",", page) + "],\"end\":" + Math.max(0, page.size() - 1)
                + ",\"first_page_uri\":" + quote(uri) + ",\"next_page_uri\":null,\"page\":0,\"page_size\":"
                + pageSize + ",\"previous_page_uri\":null,\"start\":0,\"uri\":" + quote(uri) + "}");
    }

    private void feedback(HttpExchange exchange, String sid) throws IOException {
        Map<String, String> params = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        feedbackBySid.computeIfAbsent(sid, key -> Collections.synchronizedList(new ArrayList<>())).add(params);
        Deque<Answer> script = feedbackScripts.get(sid);
        Answer scripted = script == null ? null : script.pollFirst();
        if (scripted != null) {
            scripted.answer(exchange, params);
            return;
        }
        if (!STORED.containsKey(sid)) {
            respond(exchange, 404, error(20404, "The requested resource was not found", 404));
            return;
        }
        String now = RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC));
        respond(exchange, 201, "{\"account_sid\":\"" + ACCOUNT_SID + "\",\"message_sid\":\"" + sid + "\","
                + "\"outcome\":" + quote(params.get("Outcome")) + ",\"date_created\":\"" + now + "\","
                + "\"date_updated\":\"" + now + "\",\"uri\":\"" + MESSAGE_PREFIX + sid + "/Feedback.json\"}");
    }

    /** The Message Feedback calls the double received for {@code sid}, as form parameters. */
    public List<Map<String, String>> feedbackFor(String sid) {
        return List.copyOf(feedbackBySid.getOrDefault(sid, List.of()));
    }

    /** Answers the next feedback calls for {@code sid} with these. */
    public void scriptFeedback(String sid, Answer... answers) {
        feedbackScripts.computeIfAbsent(sid, key -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** From now on Twilio reports {@code status} (and the error, if any) for the message, as a poll would see. */
    public void knows(String sid, String status, Integer errorCode, String errorMessage) {
        Stored stored = STORED.get(sid);
        if (stored == null) {
            throw new IllegalArgumentException("The double never created " + sid);
        }
        stored.status = status;
        stored.errorCode = errorCode;
        stored.errorMessage = errorMessage;
        if (!"queued".equals(status) && !"accepted".equals(status) && stored.sent == null) {
            stored.sent = ZonedDateTime.now(ZoneOffset.UTC);
            stored.price = "-0.00790";
        }
    }

    /** Answers the next fetches of {@code sid} with these, before answering from what it knows again. */
    public void scriptFetch(String sid, Answer... answers) {
        fetchScripts.computeIfAbsent(sid, key -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** The SIDs the double created for messages to {@code to}, oldest first. */
    public List<String> sidsTo(String to) {
        return STORED.values().stream().filter(m -> to.equals(m.params.get("To")))
                .sorted(Comparator.comparing((Stored m) -> m.created)).map(m -> m.sid).toList();
    }

    public int fetchesOf(String sid) {
        AtomicInteger count = fetchesBySid.get(sid);
        return count == null ? 0 : count.get();
    }

    /** Every read answers after {@code millis}, and reads beyond {@code limit} at once get a 429. */
    public void limitReads(long millis, int limit) {
        readLatencyMillis = millis;
        readConcurrencyLimit = limit;
    }

    public int maxReadsInFlight() {
        return maxReadsInFlight.get();
    }

    public int refusedReads() {
        return refusedReads.get();
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

    /** Creates the message at Twilio and answers what create() answers. */
    static String messageJson(String sid, String status, Map<String, String> params) {
        Stored stored = new Stored(sid, status, params);
        STORED.put(sid, stored);
        return json(stored);
    }

    private static String json(Stored m) {
        Map<String, String> params = m.params;
        String sid = m.sid;
        return "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + ACCOUNT_SID + "\",\"status\":\"" + m.status + "\","
                + "\"to\":" + quote(params.get("To")) + ",\"from\":" + quote(params.get("From")) + ","
                + "\"messaging_service_sid\":" + quote(params.get("MessagingServiceSid")) + ","
                + "\"body\":" + quote(params.get("Body")) + ",\"num_segments\":\"1\",\"num_media\":\"0\","
                + "\"direction\":\"outbound-api\",\"api_version\":\"2010-04-01\",\"price\":" + quote(m.price)
                + ",\"price_unit\":\"USD\",\"error_code\":" + (m.errorCode == null ? "null" : m.errorCode)
                + ",\"error_message\":" + quote(m.errorMessage) + ","
                + "\"date_created\":" + quote(RFC_2822.format(m.created)) + ",\"date_updated\":"
                + quote(RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC))) + ","
                + "\"date_sent\":" + quote(m.sent == null ? null : RFC_2822.format(m.sent)) + ",\"uri\":\"/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json\"}";
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

    private static Map<String, String> withoutNulls(Map<String, String> params) {
        Map<String, String> copy = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value);
            }
        });
        return copy;
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
