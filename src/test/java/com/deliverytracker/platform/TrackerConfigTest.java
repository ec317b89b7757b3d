package com.deliverytracker.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the settings answer in each mode: the sandbox stands in for Twilio only where nothing was set. */
class TrackerConfigTest {

    private static TrackerConfig config(String mode, String sid, String token, String apiKeys) {
        TrackerConfig config = new TrackerConfig();
        config.twilioModeSetting = mode;
        config.accountSid = Optional.ofNullable(sid);
        config.authToken = Optional.ofNullable(token);
        config.apiKeys = Optional.ofNullable(apiKeys);
        config.apiBaseUrl = Optional.empty();
        config.fromNumber = Optional.empty();
        config.publicBaseUrl = "http://localhost:8080/";
        config.sandboxAuthToken = Optional.empty();
        config.sandboxOutcomes = Optional.empty();
        config.sandboxDeliverySeconds = 4;
        config.inboundKeywordReplies = Optional.empty();
        config.reconcileIntervalSeconds = Optional.empty();
        config.reconcileStaleAfterSeconds = Optional.empty();
        config.parse();
        return config;
    }

    @Test
    void withoutAnyCredentialTheSandboxStandsInForTwilio() {
        TrackerConfig config = config("auto", null, null, null);

        assertTrue(config.isSandbox());
        assertEquals(Optional.of(TrackerConfig.SANDBOX_ACCOUNT_SID), config.accountSid());
        assertEquals(32, config.authToken().orElseThrow().length());
        assertEquals(URI.create("http://localhost:8080/sandbox"), config.apiBaseUrl());
        assertEquals(Optional.of("+15005550006"), config.fromNumber());
        assertEquals(Set.of("dev-key"), config.apiKeys());
        assertEquals(Optional.of("dev-key"), config.devApiKey());
        assertTrue(config.inboundKeywordReplies().orElseThrow().contains("HELP"));
        assertEquals(Duration.ofSeconds(10), config.reconcile().interval());
        assertEquals(Duration.ofSeconds(20), config.reconcile().staleAfter());
    }

    @Test
    void eachStartHasItsOwnSandboxTokenUnlessOneIsGiven() {
        assertNotEquals(config("auto", null, null, null).authToken(), config("auto", null, null, null).authToken());
        TrackerConfig given = config("auto", null, null, null);
        given.sandboxAuthToken = Optional.of("chosen-token");
        given.parse();
        assertEquals(Optional.of("chosen-token"), given.authToken());
        assertTrue(!given.sandbox().toString().contains("chosen-token"), "the token stays out of logs");
    }

    @Test
    void eitherCredentialAloneMakesItLive() {
        for (TrackerConfig config : new TrackerConfig[] {config("auto", null, "token", "k"), config("auto", "AC1", null, "k")}) {
            assertEquals(TwilioMode.LIVE, config.mode());
            assertEquals(URI.create("https://api.twilio.com"), config.apiBaseUrl());
            assertEquals(Optional.empty(), config.fromNumber());
            assertEquals(Set.of("k"), config.apiKeys());
            assertEquals(Optional.empty(), config.devApiKey());
            assertEquals(Optional.empty(), config.inboundKeywordReplies());
            assertEquals(Duration.ofSeconds(60), config.reconcile().interval());
            assertEquals(Duration.ofSeconds(600), config.reconcile().staleAfter());
        }
    }

    @Test
    void liveWithoutCredentialsRefusesToSendAndHasNoDevelopmentKey() {
        TrackerConfig config = config("live", null, null, null);

        assertEquals(TwilioMode.LIVE, config.mode());
        assertEquals(Optional.empty(), config.accountSid());
        assertEquals(Set.of(), config.apiKeys());
        assertEquals(Optional.empty(), config.devApiKey());
    }

    @Test
    void aSandboxWithApiKeysTakesOnlyThose() {
        TrackerConfig config = config("sandbox", null, null, "team-key, ci-key");

        assertTrue(config.isSandbox());
        assertEquals(Set.of("team-key", "ci-key"), config.apiKeys());
        assertEquals(Optional.empty(), config.devApiKey());
    }

    @Test
    void askingForTheSandboxBesideCredentialsFails() {
        assertThrows(IllegalStateException.class, () -> config("sandbox", "AC1", "token", null));
    }
}
