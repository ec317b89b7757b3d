package com.deliverytracker.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Checks {@code Authorization: Bearer <key>} against API_KEYS, for the REST API's filter and for the servlets
 * that share its keys (the sandbox's controls).
 */
@ApplicationScoped
public class ApiKeys {

    public static final String CHALLENGE = "Bearer realm=\"delivery-tracker\"";
    private static final String BEARER = "Bearer ";

    @Inject
    TrackerConfig config;

    public static Problem unauthorized() {
        return Problem.of(401, "unauthorized", "Unauthorized", "Send 'Authorization: Bearer <key>' with a key from API_KEYS.");
    }

    /** The id of the client whose key the header carries (never the key itself), if it is a known key. */
    public Optional<String> clientOf(String authorizationHeader) {
        return bearerKey(authorizationHeader).filter(this::isKnown).map(ApiClients::idOf);
    }

    private boolean isKnown(String candidate) {
        byte[] given = candidate.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (String key : config.apiKeys()) {
            known |= MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), given);
        }
        return known;
    }

    private static Optional<String> bearerKey(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String key = header.substring(BEARER.length()).trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
