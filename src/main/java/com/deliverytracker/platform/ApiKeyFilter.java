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

    @Inject
    ApiKeys keys;

    /**
     * Probes and scrapers call these without keys; they reveal counts and UP/DOWN, nothing about messages. The
     * mode tells the dashboard whether it talks to a sandbox before anyone signs in.
     */
    private static final Set<String> PUBLIC_PATHS = Set.of("health/live", "health/ready", "metrics", "mode");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        if (PUBLIC_PATHS.contains(path.startsWith("/") ? path.substring(1) : path)) {
            return;
        }
        Optional<String> client = keys.clientOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (client.isEmpty()) {
            request.abortWith(Response.fromResponse(ProblemResponses.of(ApiKeys.unauthorized()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, ApiKeys.CHALLENGE)
                    .build());
            return;
        }
        request.setSecurityContext(new ApiClient(client.get(), request.getSecurityContext().isSecure()));
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
