package com.deliverytracker.optouts;

import java.util.Locale;
import java.util.Set;

/**
 * The carrier and Twilio keywords (Twilio's default Advanced Opt-Out set). Twilio names the kind in
 * {@code OptOutType} when Advanced Opt-Out is on; otherwise the body decides, matched as carriers do: one
 * word, trimmed, any case.
 */
public enum OptOutKeywords {
    OPT_OUT, OPT_IN, HELP, NONE;

    private static final Set<String> OUT = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT",
            "REVOKE");
    private static final Set<String> IN = Set.of("START", "UNSTOP", "YES");
    private static final Set<String> HELP_WORDS = Set.of("HELP", "INFO");

    public static OptOutKeywords classify(String optOutType, String body) {
        if (optOutType != null && !optOutType.isBlank()) {
            return switch (optOutType.trim().toUpperCase(Locale.ROOT)) {
                case "STOP" -> OPT_OUT;
                case "START" -> OPT_IN;
                case "HELP" -> HELP;
                default -> fromBody(body);
            };
        }
        return fromBody(body);
    }

    private static OptOutKeywords fromBody(String body) {
        String word = body == null ? "" : body.trim().toUpperCase(Locale.ROOT);
        if (OUT.contains(word)) {
            return OPT_OUT;
        }
        if (IN.contains(word)) {
            return OPT_IN;
        }
        return HELP_WORDS.contains(word) ? HELP : NONE;
    }
}
