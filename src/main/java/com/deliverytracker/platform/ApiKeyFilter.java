package com.deliverytracker.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Every /api call needs {@code Authorization: Bearer <key>} with a key from API_KEYS. The caller becomes
 * a principal named after a hash of its key, so idempotency keys of different systems never collide.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    TrackerConfig config;

    /** Probes and scrapers call these without keys; they reveal counts and UP/DOWN, nothing about messages. */
    private static final Set<String> PUBLIC_PATHS = Set.of("health/live", "health/ready", "metrics");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        if (PUBLIC_PATHS.contains(path.startsWith("/") ? path.substring(1) : path)) {
            return;
        }
        Optional<String> key = bearerKey(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .filter(this::isKnown);
        if (key.isEmpty()) {
            request.abortWith(Response.fromResponse(ProblemResponses.of(Problem.of(401, "unauthorized",
                            "Unauthorized", "Send 'Authorization: Bearer <key>' with a key from API_KEYS.")))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"delivery-tracker\"")
                    .build());
            return;
        }
        request.setSecurityContext(new ApiClient(ApiClients.idOf(key.get()),
                request.getSecurityContext().isSecure()));
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

    private record ApiClient(String id, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return () -> id;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
