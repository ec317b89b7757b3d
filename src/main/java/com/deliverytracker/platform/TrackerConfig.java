package com.deliverytracker.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting the tracker reads, in one place. Names are environment variables (MicroProfile Config
 * also accepts them as system properties); docs/configuration.md describes each one.
 */
@ApplicationScoped
public class TrackerConfig {

    @Inject
    @ConfigProperty(name = "TWILIO_ACCOUNT_SID")
    Optional<String> accountSid;

    @Inject
    @ConfigProperty(name = "TWILIO_AUTH_TOKEN")
    Optional<String> authToken;

    @Inject
    @ConfigProperty(name = "TWILIO_API_BASE_URL", defaultValue = "https://api.twilio.com")
    String apiBaseUrl;

    @Inject
    @ConfigProperty(name = "TWILIO_FROM_NUMBER")
    Optional<String> fromNumber;

    @Inject
    @ConfigProperty(name = "TWILIO_MESSAGING_SERVICE_SID")
    Optional<String> messagingServiceSid;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "API_KEYS")
    Optional<String> apiKeys;

    private Set<String> parsedApiKeys;

    @PostConstruct
    void parse() {
        parsedApiKeys = apiKeys.stream()
                .flatMap(keys -> Arrays.stream(keys.split(",")))
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Inject
    @ConfigProperty(name = "TWILIO_MAX_ATTEMPTS", defaultValue = "3")
    int twilioMaxAttempts;

    @Inject
    @ConfigProperty(name = "TWILIO_MAX_RETRY_WAIT_MS", defaultValue = "5000")
    long twilioMaxRetryWaitMillis;

    @Inject
    @ConfigProperty(name = "TWILIO_READ_TIMEOUT_MS", defaultValue = "15000")
    long twilioReadTimeoutMillis;

    @Inject
    @ConfigProperty(name = "INBOUND_AUTO_REPLY")
    Optional<String> inboundAutoReply;

    @Inject
    @ConfigProperty(name = "INBOUND_KEYWORD_REPLIES")
    Optional<String> inboundKeywordReplies;

    @Inject
    @ConfigProperty(name = "RECONCILE_INTERVAL_SECONDS", defaultValue = "60")
    long reconcileIntervalSeconds;

    @Inject
    @ConfigProperty(name = "RECONCILE_STALE_AFTER_SECONDS", defaultValue = "600")
    long reconcileStaleAfterSeconds;

    @Inject
    @ConfigProperty(name = "RECONCILE_GIVE_UP_AFTER_HOURS", defaultValue = "72")
    double reconcileGiveUpAfterHours;

    @Inject
    @ConfigProperty(name = "RECONCILE_MAX_CONCURRENCY", defaultValue = "10")
    int reconcileMaxConcurrency;

    @Inject
    @ConfigProperty(name = "RECONCILE_MAX_POLL_GAP_SECONDS", defaultValue = "21600")
    long reconcileMaxPollGapSeconds;

    @Inject
    @ConfigProperty(name = "RECONCILE_UNKNOWN_GRACE_SECONDS", defaultValue = "300")
    long reconcileUnknownGraceSeconds;

    @Inject
    @ConfigProperty(name = "STATS_ROLLUP_INTERVAL_SECONDS", defaultValue = "60")
    long statsRollupIntervalSeconds;

    /** How often closed hours are rolled up for the statistics; zero: never (statistics scan the messages). */
    public Duration statsRollupInterval() {
        return Duration.ofSeconds(Math.max(0, statsRollupIntervalSeconds));
    }

    /** Reconciliation's settings, read together; docs/reconciliation.md explains each. */
    public ReconcileSettings reconcile() {
        return new ReconcileSettings(
                Duration.ofSeconds(Math.max(0, reconcileIntervalSeconds)),
                Duration.ofSeconds(Math.max(1, reconcileStaleAfterSeconds)),
                Duration.ofMillis(Math.max(1, Math.round(reconcileGiveUpAfterHours * 3_600_000))),
                Math.max(1, Math.min(ReconcileSettings.MAX_CONCURRENCY, reconcileMaxConcurrency)),
                Duration.ofSeconds(Math.max(1, reconcileMaxPollGapSeconds)),
                Duration.ofSeconds(Math.max(0, reconcileUnknownGraceSeconds)));
    }

    public Optional<String> inboundAutoReply() {
        return inboundAutoReply;
    }

    /** A JSON object from keyword to reply text, e.g. {"HELP": "Reply STOP to opt out."}. */
    public Optional<String> inboundKeywordReplies() {
        return inboundKeywordReplies;
    }

    public Optional<String> accountSid() {
        return accountSid;
    }

    public Optional<String> authToken() {
        return authToken;
    }

    public URI apiBaseUrl() {
        return URI.create(withoutTrailingSlash(apiBaseUrl));
    }

    public Optional<String> fromNumber() {
        return fromNumber;
    }

    public Optional<String> messagingServiceSid() {
        return messagingServiceSid;
    }

    public String publicBaseUrl() {
        return withoutTrailingSlash(publicBaseUrl);
    }

    /** Parsed once: the API-key filter asks on every request. */
    public Set<String> apiKeys() {
        return parsedApiKeys;
    }

    public int twilioMaxAttempts() {
        return Math.max(1, twilioMaxAttempts);
    }

    public Duration twilioMaxRetryWait() {
        return Duration.ofMillis(twilioMaxRetryWaitMillis);
    }

    public Duration twilioReadTimeout() {
        return Duration.ofMillis(twilioReadTimeoutMillis);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
