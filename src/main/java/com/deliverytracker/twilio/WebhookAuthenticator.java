package com.deliverytracker.twilio;

import com.deliverytracker.platform.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Shared by every Twilio webhook servlet. Twilio signs the URL it called plus the form-body parameters, so
 * the URL is rebuilt from PUBLIC_BASE_URL (what Twilio sees, even behind a TLS-terminating proxy) and the
 * raw query string, and only body parameters are signed: the servlet parameter map would mix in the query.
 */
@ApplicationScoped
public class WebhookAuthenticator {

    /** Twilio's largest webhooks (inbound MMS with ten media items) are a few kilobytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    TrackerConfig config;

    @Inject
    TwilioSignatureVerifier verifier;

    /** The webhook's parameters if its signature is valid; empty when it is missing, wrong or too large. */
    public Optional<SignedWebhook> authenticate(HttpServletRequest request) throws IOException {
        String signature = request.getHeader("X-Twilio-Signature");
        if (signature == null || signature.isBlank()) {
            return Optional.empty();
        }
        String body = readBody(request);
        if (body == null) {
            return Optional.empty();
        }
        SignedWebhook webhook;
        try {
            webhook = new SignedWebhook(FormBody.parse(body), FormBody.parse(request.getQueryString()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return verifier.isValid(publicUrlOf(request), webhook.body(), signature)
                ? Optional.of(webhook)
                : Optional.empty();
    }

    public String publicUrlOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return config.publicBaseUrl() + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String readBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
