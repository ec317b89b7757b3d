package com.deliverytracker.operations;

import com.deliverytracker.platform.TrackerConfig;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Liveness and readiness for orchestrators and load balancers, in MicroProfile Health's JSON shape
 * ({@code status}, {@code checks}) but served by the app itself, so it is the same on Payara and WildFly.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TrackerConfig config;

    @JsonbPropertyOrder({"status", "checks"})
    public record Health(String status, List<Check> checks) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"name", "status", "detail"})
    public record Check(String name, String status, String detail) {
    }

    /** The application is deployed and answering: restarting it would not help. */
    @GET
    @Path("live")
    public Health live() {
        return new Health("UP", List.of());
    }

    /** It can do its work: the database answers, and Twilio credentials are configured (or it is a sandbox). */
    @GET
    @Path("ready")
    public Response ready() {
        List<Check> checks = List.of(database(), twilio());
        boolean up = checks.stream().allMatch(check -> "UP".equals(check.status()));
        return Response.status(up ? 200 : 503).entity(new Health(up ? "UP" : "DOWN", checks)).build();
    }

    private Check database() {
        try {
            em.createNativeQuery("select count(*) from tracked_message where id = '-'").getSingleResult();
            return new Check("database", "UP", null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
            return new Check("database", "DOWN", "the database does not answer");
        }
    }

    private Check twilio() {
        if (config.isSandbox()) {
            return new Check("twilio-credentials", "UP", "sandbox mode: messages go to the built-in Twilio sandbox,"
                    + " nothing reaches Twilio");
        }
        return config.accountSid().isPresent() && config.authToken().isPresent()
                ? new Check("twilio-credentials", "UP", null)
                : new Check("twilio-credentials", "DOWN", "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set");
    }
}
