package com.deliverytracker.optouts;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

@Path("opt-outs")
@Produces(MediaType.APPLICATION_JSON)
public class OptOutsResource {

    @Inject
    OptOutRegistry registry;

    @JsonbPropertyOrder({"number", "keyword", "messageSid", "since"})
    public record OptOutJson(String number, String keyword, String messageSid, Instant since) {
    }

    /** The numbers currently opted out, most recent first. */
    @GET
    public List<OptOutJson> current() {
        return registry.current().stream()
                .map(o -> new OptOutJson(o.number(), o.keyword(), o.messageSid(), o.updatedAt().toInstant(ZoneOffset.UTC)))
                .toList();
    }
}
