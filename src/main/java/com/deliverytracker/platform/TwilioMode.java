package com.deliverytracker.platform;

import java.util.Locale;

/**
 * Whom the tracker talks to: Twilio itself, or the built-in sandbox (docs/sandbox.md). TWILIO_MODE {@code auto}
 * picks the sandbox only when no Twilio credential is set at all, and the sandbox never runs beside real
 * credentials: with either one set, asking for it is a configuration error, not a silent choice.
 */
public enum TwilioMode {
    LIVE,
    SANDBOX;

    public static TwilioMode resolve(String setting, boolean credentialsConfigured) {
        String wanted = setting == null || setting.isBlank() ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "live" -> LIVE;
            case "auto" -> credentialsConfigured ? LIVE : SANDBOX;
            case "sandbox" -> {
                if (credentialsConfigured) {
                    throw new IllegalStateException("TWILIO_MODE=sandbox, but TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN"
                            + " is set: the sandbox never runs with real credentials. Unset them, or use TWILIO_MODE=live.");
                }
                yield SANDBOX;
            }
            default -> throw new IllegalStateException("TWILIO_MODE is '" + setting + "': use auto, live or sandbox.");
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
