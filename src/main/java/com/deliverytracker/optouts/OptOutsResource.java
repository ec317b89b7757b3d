package com.deliverytracker.optouts;

import com.deliverytracker.platform.QueryInstant;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDateTime;
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

    /** The numbers currently opted out, most recent first; with {@code since}, those that opted out since. */
    @GET
    public List<OptOutJson> current(@QueryParam("since") String since) {
        LocalDateTime from = since == null || since.isBlank() ? QueryInstant.beginning() : QueryInstant.parse("since", since);
        return registry.current(from).stream()
                .map(o -> new OptOutJson(o.number(), o.keyword(), o.messageSid(), o.updatedAt().toInstant(ZoneOffset.UTC)))
                .toList();
    }
}
