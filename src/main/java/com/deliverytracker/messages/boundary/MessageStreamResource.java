package com.deliverytracker.messages.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * {@code GET /api/messages/stream}: server-sent events, {@code ready} once connected, then a {@code message}
 * event with the message's JSON each time one is stored or its history grows.
 */
@Path("messages/stream")
public class MessageStreamResource {

    @Inject
    MessageStream stream;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void subscribe(@Context SseEventSink sink, @Context Sse sse) {
        stream.subscribe(sink, sse);
    }
}
