package com.deliverytracker.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter's HTTP layer against a real loopback server: which answers are retried, and which never. */
class TwilioHttpClientTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final Deque<int[]> answers = new ArrayDeque<>();
    private final AtomicReference<String> lastPath = new AtomicReference<>();
    private final AtomicReference<String> lastBody = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            lastPath.set(exchange.getRequestURI().toString());
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int[] answer;
            synchronized (answers) {
                answer = answers.isEmpty() ? new int[]{201, -1} : answers.poll();
            }
            if (answer[1] >= 0) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(answer[1]));
            }
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer[0], body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private TwilioHttpClient client(int maxAttempts) {
        return new TwilioHttpClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), maxAttempts,
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private static Request create() {
        Request request = new Request(HttpMethod.POST, "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json");
        request.setAuth("AC1", "token");
        request.addPostParam("To", "+14155550123");
        request.addPostParam("Body", "hi");
        return request;
    }

    @Test
    void rebasesOnTheConfiguredUrlKeepingPathAndForm() {
        Response response = client(3).reliableRequest(create());
        assertEquals(201, response.getStatusCode());
        assertEquals("/2010-04-01/Accounts/AC1/Messages.json", lastPath.get());
        assertTrue(lastBody.get().contains("To=%2B14155550123"), lastBody.get());
    }

    @Test
    void aNextPageKeepsTheQueryItsUrlCarries() {
        Request nextPage = new Request(HttpMethod.GET,
                "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?To=%2B14155550123&PageSize=2&Page=1");
        nextPage.setAuth("AC1", "token");

        assertEquals(201, client(1).reliableRequest(nextPage).getStatusCode());
        assertEquals("/2010-04-01/Accounts/AC1/Messages.json?To=%2B14155550123&PageSize=2&Page=1", lastPath.get());
    }

    @Test
    void serverErrorsAreNeverRetried() {
        for (int status : new int[]{500, 502, 503, 504}) {
            requests.set(0);
            answers.add(new int[]{status, -1});
            Response response = client(3).reliableRequest(create());
            assertEquals(status, response.getStatusCode());
            assertEquals(1, requests.get(), "status " + status);
        }
    }

    @Test
    void tooManyRequestsIsRetriedHonouringRetryAfterUpToTheLimit() {
        answers.add(new int[]{429, 1});
        long started = System.nanoTime();
        assertEquals(201, client(3).reliableRequest(create()).getStatusCode());
        assertEquals(2, requests.get());
        assertTrue(System.nanoTime() - started >= 950_000_000L);

        requests.set(0);
        answers.add(new int[]{429, 0});
        answers.add(new int[]{429, 0});
        answers.add(new int[]{429, 0});
        assertEquals(429, client(3).reliableRequest(create()).getStatusCode());
        assertEquals(3, requests.get());
    }

    @Test
    void clientErrorsAreNotRetried() {
        answers.add(new int[]{400, -1});
        assertEquals(400, client(3).reliableRequest(create()).getStatusCode());
        assertEquals(1, requests.get());
    }

    @Test
    void refusedConnectionsAreRetriedThenReportedAsNeverReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TwilioHttpClient client = new TwilioHttpClient(URI.create("http://127.0.0.1:" + closedPort), 2,
                Duration.ofMillis(50), Duration.ofSeconds(1));
        ApiException failure = assertThrows(ApiException.class, () -> client.reliableRequest(create()));
        assertTrue(TwilioHttpClient.neverReachedTwilio(failure));
        assertTrue(client.lastStatus().isEmpty());
    }
}
