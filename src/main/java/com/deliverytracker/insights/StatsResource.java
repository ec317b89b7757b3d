package com.deliverytracker.insights;

import com.deliverytracker.platform.InvalidQueryException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    Statistics statistics;

    @GET
    public StatsJson stats(@QueryParam("since") String since, @QueryParam("until") String until,
                           @QueryParam("groupBy") String groupBy) {
        TimeRange range = TimeRange.parse(since, until);
        Optional<StatsDimension> dimension = groupBy == null || groupBy.isBlank() ? Optional.empty()
                : Optional.of(StatsDimension.fromWire(groupBy).orElseThrow(() -> new InvalidQueryException("groupBy",
                "must be one of status, errorCode, country, hour, sender")));
        return statistics.over(range.since(), range.until(), dimension);
    }
}
