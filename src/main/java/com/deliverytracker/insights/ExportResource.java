package com.deliverytracker.insights;

import com.deliverytracker.platform.InvalidQueryException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** {@code GET /api/messages/export}: every message created in a range, streamed as CSV or NDJSON. */
@Path("messages/export")
public class ExportResource {

    @Inject
    MessageExport export;

    @GET
    public Response export(@QueryParam("since") String since, @QueryParam("until") String until,
                           @QueryParam("format") String format) {
        ExportFormat chosen = format == null || format.isBlank() ? ExportFormat.CSV
                : ExportFormat.fromWire(format).orElseThrow(() -> new InvalidQueryException("format",
                "must be csv or ndjson"));
        TimeRange range = TimeRange.parseOpen(since, until);
        return Response.ok((StreamingOutput) out -> export.write(range, chosen, out))
                .type(chosen.mediaType)
                .header("Content-Disposition", "attachment; filename=\"messages." + chosen.wireName() + "\"")
                .build();
    }
}
