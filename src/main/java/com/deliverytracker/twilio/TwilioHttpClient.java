package com.deliverytracker.twilio;

import com.twilio.exception.ApiException;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP layer under twilio-java, made safe for sends. twilio-java 13 has no base-URL setting and retries
 * any 5xx itself, and Apache HttpClient retries 429/503 even for POST: together one create() could text a
 * customer six times. Here both retry layers are off, every request is rebased on TWILIO_API_BASE_URL, and
 * only what Twilio never processed is retried: 429 (honouring Retry-After) and refused connections.
 */
final class TwilioHttpClient extends NetworkHttpClient {

    private static final Logger LOG = Logger.getLogger(TwilioHttpClient.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final URI baseUrl;
    private final int maxAttempts;
    private final Duration maxRetryWait;
    private final ThreadLocal<Integer> lastStatus = new ThreadLocal<>();
    private final ThreadLocal<Duration> lastRetryAfter = new ThreadLocal<>();

    TwilioHttpClient(URI baseUrl, int maxAttempts, Duration maxRetryWait, Duration readTimeout) {
        super(HttpClientBuilder.create()
                .disableAutomaticRetries()
                .setConnectionManager(connectionManager(readTimeout)));
        this.baseUrl = baseUrl;
        this.maxAttempts = maxAttempts;
        this.maxRetryWait = maxRetryWait;
    }

    private static PoolingHttpClientConnectionManager connectionManager(Duration readTimeout) {
        PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
        manager.setDefaultSocketConfig(SocketConfig.custom()
                .setSoTimeout(Timeout.ofMilliseconds(readTimeout.toMillis()))
                .setSoKeepAlive(true)
                .build());
        manager.setDefaultMaxPerRoute(50);
        manager.setMaxTotal(100);
        return manager;
    }

    /** The HTTP status of the last answer on this thread, if one arrived: error JSON does not always carry it. */
    OptionalInt lastStatus() {
        Integer status = lastStatus.get();
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The Retry-After of the last answer on this thread, when it was a 429 that carried one. */
    java.util.Optional<Duration> lastRetryAfter() {
        return java.util.Optional.ofNullable(lastRetryAfter.get());
    }

    void forgetLastStatus() {
        lastStatus.remove();
        lastRetryAfter.remove();
    }

    @Override
    public Response reliableRequest(Request request) {
        return reliableRequest(request, new int[0], 1, 0L);
    }

    @Override
    public Response makeRequest(Request request) {
        Request rebased = rebase(request);
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = super.makeRequest(rebased);
            } catch (ApiException e) {
                if (attempt < maxAttempts && neverReachedTwilio(e)) {
                    LOG.warning(() -> "Twilio API unreachable (" + e.getCause().getClass().getSimpleName()
                            + "), retrying " + rebased.getMethod() + " " + path(rebased));
                    pause(backoff(attempt));
                    continue;
                }
                throw e;
            }
            if (response.getStatusCode() == 429 && attempt < maxAttempts) {
                Duration wait = capped(retryAfter(response.getHeaders()).orElse(backoff(attempt)));
                LOG.warning(() -> "Twilio answered 429, retrying " + rebased.getMethod() + " " + path(rebased)
                        + " in " + wait.toMillis() + " ms");
                pause(wait);
                continue;
            }
            lastStatus.set(response.getStatusCode());
            if (response.getStatusCode() == 429) {
                retryAfter(response.getHeaders()).ifPresent(lastRetryAfter::set);
            }
            return response;
        }
    }

    static boolean neverReachedTwilio(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpHostConnectException || cause instanceof ConnectException
                    || cause instanceof ConnectTimeoutException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private Request rebase(Request original) {
        URI url = URI.create(original.getUrl());
        // a next page's URL carries its query (Page, PageToken…) in the URL itself, not in the query params
        Request rebased = new Request(original.getMethod(), baseUrl + url.getRawPath()
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
        if (original.getAuthStrategy() != null) {
            rebased.setAuth(original.getAuthStrategy());
        } else {
            rebased.setAuth(original.getUsername(), original.getPassword());
        }
        copy(original.getQueryParams(), rebased::addQueryParam);
        copy(original.getPostParams(), rebased::addPostParam);
        copy(original.getHeaderParams(), rebased::addHeaderParam);
        rebased.setContentType(original.getContentType());
        rebased.setBody(original.getBody());
        rebased.setUserAgentExtensions(original.getUserAgentExtensions());
        return rebased;
    }

    private static void copy(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
    }

    private java.util.Optional<Duration> retryAfter(Header[] headers) {
        if (headers == null) {
            return java.util.Optional.empty();
        }
        for (Header header : headers) {
            if ("Retry-After".equalsIgnoreCase(header.getName())) {
                try {
                    Duration wait = Duration.ofSeconds(Long.parseLong(header.getValue().trim()));
                    return java.util.Optional.of(wait);
                } catch (NumberFormatException e) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.empty();
    }

    private Duration backoff(int attempt) {
        return capped(FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10)));
    }

    /** A send's caller is waiting: within one request we never wait longer than TWILIO_MAX_RETRY_WAIT_MS. */
    private Duration capped(Duration wait) {
        return wait.compareTo(maxRetryWait) > 0 ? maxRetryWait : wait;
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("Interrupted while waiting to retry", e);
        }
    }

    private static String path(Request request) {
        return URI.create(request.getUrl()).getRawPath();
    }
}
