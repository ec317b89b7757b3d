package com.deliverytracker.sandbox.control;

import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.twilio.WebhookSigner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Posts webhooks as Twilio posts them: a form body, {@code X-Twilio-Signature} over the URL and the form
 * fields with the sandbox's auth token, Twilio's user agent and idempotency token. A webhook that fails is
 * not retried, as Twilio by default retries only when it could not connect: what is lost is reconciliation's.
 */
@ApplicationScoped
public class WebhookPoster {

    /** Where the executor for the webhooks' HTTP client is defined (on the sandbox's clock bean). */
    public static final String EXECUTOR = "java:app/concurrent/SandboxWebhooks";
    private static final Logger LOG = Logger.getLogger(WebhookPoster.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    TrackerConfig config;

    private HttpClient http;
    private WebhookSigner signer;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(executor)
                .build();
        signer = new WebhookSigner(config.sandbox().authToken());
    }

    /** Posts every callback at once; completes when each has its answer or has failed (logged). */
    public CompletableFuture<Void> postAll(List<StatusCallbackRequest> callbacks) {
        return CompletableFuture.allOf(callbacks.stream()
                .map(callback -> http.sendAsync(request(callback.url(), callback.params()),
                                HttpResponse.BodyHandlers.discarding())
                        .handle((response, failure) -> {
                            logIfLost(callback, response == null ? null : response.statusCode(), failure);
                            return null;
                        }))
                .toArray(CompletableFuture[]::new));
    }

    /** Posts one webhook and waits for its answer, e.g. an inbound message's TwiML. */
    public HttpResponse<String> post(String url, Map<String, String> params) throws IOException {
        try {
            return http.send(request(url, params), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while posting a webhook to " + URI.create(url).getPath(), e);
        }
    }

    private HttpRequest request(String url, Map<String, String> params) {
        String sid = params.getOrDefault("MessageSid", "");
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("User-Agent", "TwilioProxy/1.1")
                .header("I-Twilio-Idempotency-Token", sid + "-" + params.getOrDefault("MessageStatus",
                        params.getOrDefault("SmsStatus", "")))
                .header("X-Twilio-Signature", signer.sign(url, params))
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build();
    }

    private static void logIfLost(StatusCallbackRequest callback, Integer status, Throwable failure) {
        if (failure != null || status == null || status >= 300) {
            LOG.warning(() -> "Sandbox callback " + callback.params().get("MessageSid") + ": "
                    + callback.params().get("MessageStatus") + " to " + URI.create(callback.url()).getPath()
                    + (failure == null ? " answered " + status : " failed: " + failure));
        }
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
