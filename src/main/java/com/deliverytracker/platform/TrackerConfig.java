package com.deliverytracker.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting the tracker reads, in one place. Names are environment variables (MicroProfile Config
 * also accepts them as system properties); docs/configuration.md describes each one. In sandbox mode the
 * Twilio settings answer for the built-in sandbox (its account, a token made at start, its URL), so that the
 * rest of the application talks to it exactly as it talks to Twilio.
 */
@ApplicationScoped
public class TrackerConfig {

    /** The sandbox's account: 32 hex digits like every AC SID, spelling "sandbox" as well as hex can. */
    public static final String SANDBOX_ACCOUNT_SID = "AC5a4db0c55a4db0c55a4db0c55a4db0c5";
    /** Twilio's magic test number that is always a valid sender. */
    static final String SANDBOX_FROM_NUMBER = "+15005550006";
    /** Well known on purpose: a sandbox has nothing to protect, and the README's walkthrough uses it. */
    static final String DEV_API_KEY = "dev-key";
    static final String SANDBOX_KEYWORD_REPLIES =
            "{\"HELP\": \"Delivery Tracker sandbox: this reply is tracked like any message. Reply STOP to opt out.\"}";
    private static final String TWILIO_API = "https://api.twilio.com";

    @Inject
    @ConfigProperty(name = "TWILIO_ACCOUNT_SID")
    Optional<String> accountSid;

    @Inject
    @ConfigProperty(name = "TWILIO_AUTH_TOKEN")
    Optional<String> authToken;

    @Inject
    @ConfigProperty(name = "TWILIO_API_BASE_URL")
    Optional<String> apiBaseUrl;

    @Inject
    @ConfigProperty(name = "TWILIO_MODE", defaultValue = "auto")
    String twilioModeSetting;

    @Inject
    @ConfigProperty(name = "SANDBOX_AUTH_TOKEN")
    Optional<String> sandboxAuthToken;

    @Inject
    @ConfigProperty(name = "SANDBOX_DELIVERY_SECONDS", defaultValue = "4")
    double sandboxDeliverySeconds;

    @Inject
    @ConfigProperty(name = "SANDBOX_OUTCOMES")
    Optional<String> sandboxOutcomes;

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

    private TwilioMode mode;
    private String sandboxToken;
    private Set<String> parsedApiKeys;
    private boolean devKeyAccepted;

    @PostConstruct
    void parse() {
        mode = TwilioMode.resolve(twilioModeSetting, accountSid.isPresent() || authToken.isPresent());
        sandboxToken = sandboxAuthToken.orElseGet(TrackerConfig::randomToken);
        parsedApiKeys = apiKeys.stream()
                .flatMap(keys -> Arrays.stream(keys.split(",")))
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        devKeyAccepted = parsedApiKeys.isEmpty() && mode == TwilioMode.SANDBOX;
        if (devKeyAccepted) {
            parsedApiKeys = Set.of(DEV_API_KEY);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
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

    // Defaults depend on the mode: a sandbox demo should show reconciliation within a minute, not ten.
    @Inject
    @ConfigProperty(name = "RECONCILE_INTERVAL_SECONDS")
    Optional<Long> reconcileIntervalSeconds;

    @Inject
    @ConfigProperty(name = "RECONCILE_STALE_AFTER_SECONDS")
    Optional<Long> reconcileStaleAfterSeconds;

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
        boolean sandbox = isSandbox();
        return new ReconcileSettings(
                Duration.ofSeconds(Math.max(0, reconcileIntervalSeconds.orElse(sandbox ? 10L : 60L))),
                Duration.ofSeconds(Math.max(1, reconcileStaleAfterSeconds.orElse(sandbox ? 20L : 600L))),
                Duration.ofMillis(Math.max(1, Math.round(reconcileGiveUpAfterHours * 3_600_000))),
                Math.max(1, Math.min(ReconcileSettings.MAX_CONCURRENCY, reconcileMaxConcurrency)),
                Duration.ofSeconds(Math.max(1, reconcileMaxPollGapSeconds)),
                Duration.ofSeconds(Math.max(0, reconcileUnknownGraceSeconds)));
    }

    public Optional<String> inboundAutoReply() {
        return inboundAutoReply;
    }

    /**
     * A JSON object from keyword to reply text, e.g. {"HELP": "Reply STOP to opt out."}. A sandbox answers HELP
     * unless told otherwise, so that a played inbound message shows a tracked reply.
     */
    public Optional<String> inboundKeywordReplies() {
        return inboundKeywordReplies.isEmpty() && isSandbox() ? Optional.of(SANDBOX_KEYWORD_REPLIES) : inboundKeywordReplies;
    }

    public TwilioMode mode() {
        return mode;
    }

    public boolean isSandbox() {
        return mode == TwilioMode.SANDBOX;
    }

    /** The sandbox's settings; meaningful in sandbox mode only. */
    public SandboxSettings sandbox() {
        return new SandboxSettings(SANDBOX_ACCOUNT_SID, sandboxToken,
                Duration.ofMillis(Math.max(0, Math.round(sandboxDeliverySeconds * 1000))), sandboxOutcomes.orElse(null));
    }

    /** The development API key, when the sandbox accepts it: in sandbox mode with API_KEYS unset. */
    public Optional<String> devApiKey() {
        return devKeyAccepted ? Optional.of(DEV_API_KEY) : Optional.empty();
    }

    public Optional<String> accountSid() {
        return isSandbox() ? Optional.of(SANDBOX_ACCOUNT_SID) : accountSid;
    }

    public Optional<String> authToken() {
        return isSandbox() ? Optional.of(sandboxToken) : authToken;
    }

    /** TWILIO_API_BASE_URL; unset, Twilio's own API, or in sandbox mode the sandbox this application serves. */
    public URI apiBaseUrl() {
        String fallback = isSandbox() ? publicBaseUrl() + "/sandbox" : TWILIO_API;
        return URI.create(withoutTrailingSlash(apiBaseUrl.orElse(fallback)));
    }

    public Optional<String> fromNumber() {
        return fromNumber.isEmpty() && isSandbox() ? Optional.of(SANDBOX_FROM_NUMBER) : fromNumber;
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
