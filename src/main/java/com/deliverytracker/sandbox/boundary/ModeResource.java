package com.deliverytracker.sandbox.boundary;

import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.sandbox.control.ScenarioNumber;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * GET /api/mode, without a key: whether this tracker talks to Twilio or to its sandbox, and in sandbox mode the
 * development key and the scenario numbers, so that the dashboard can offer them before anyone signs in.
 */
@Path("mode")
@Produces(MediaType.APPLICATION_JSON)
public class ModeResource {

    @Inject
    TrackerConfig config;

    @JsonbNillable
    @JsonbPropertyOrder({"mode", "devApiKey", "scenarios"})
    public record ModeJson(String mode, String devApiKey, List<ScenarioNumber> scenarios) {
    }

    @GET
    public ModeJson mode() {
        if (!config.isSandbox()) {
            return new ModeJson(config.mode().wireName(), null, List.of());
        }
        return new ModeJson(config.mode().wireName(), config.devApiKey().orElse(null), ScenarioNumber.all());
    }
}
