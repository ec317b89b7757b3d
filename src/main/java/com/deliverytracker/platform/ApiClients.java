package com.deliverytracker.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names an API client by a short hash of its key: stable, and never the key itself. */
public final class ApiClients {

    private ApiClients() {
    }

    public static String idOf(String apiKey) {
        return "client-" + sha256Hex(apiKey).substring(0, 16);
    }

    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
