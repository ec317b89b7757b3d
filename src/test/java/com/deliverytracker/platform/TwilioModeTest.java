package com.deliverytracker.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TwilioModeTest {

    @Test
    void autoIsTheSandboxOnlyWithoutAnyCredential() {
        assertEquals(TwilioMode.SANDBOX, TwilioMode.resolve("auto", false));
        assertEquals(TwilioMode.SANDBOX, TwilioMode.resolve(null, false));
        assertEquals(TwilioMode.SANDBOX, TwilioMode.resolve(" ", false));
        assertEquals(TwilioMode.LIVE, TwilioMode.resolve("auto", true));
    }

    @Test
    void liveIsLiveEvenWithoutCredentials() {
        assertEquals(TwilioMode.LIVE, TwilioMode.resolve("live", false));
        assertEquals(TwilioMode.LIVE, TwilioMode.resolve(" LIVE ", true));
    }

    @Test
    void theSandboxIsRefusedBesideRealCredentials() {
        assertEquals(TwilioMode.SANDBOX, TwilioMode.resolve("Sandbox", false));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> TwilioMode.resolve("sandbox", true));
        assertTrue(refused.getMessage().contains("never runs with real credentials"), refused.getMessage());
    }

    @Test
    void anUnknownModeIsAConfigurationError() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> TwilioMode.resolve("production", false));
        assertTrue(refused.getMessage().contains("auto, live or sandbox"), refused.getMessage());
    }
}
