package com.deliverytracker.messages.boundary;

import com.deliverytracker.errors.ErrorCatalogue;
import com.deliverytracker.messages.control.MessageChanged;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pushes every committed change of a message to the clients of {@code GET /api/messages/stream}, as the
 * message's JSON. A client hears of the changes this instance stores; with several instances behind a load
 * balancer it also re-reads the list now and then (docs/dashboard.md).
 */
@ApplicationScoped
public class MessageStream {

    /** Proxies close connections that stay silent for a minute or so. */
    private static final long KEEP_ALIVE_SECONDS = 20;

    @Inject
    ErrorCatalogue errors;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Jsonb jsonb = JsonbBuilder.create();
    private Sse sse;
    private SseBroadcaster broadcaster;
    private ScheduledFuture<?> keepAlive;

    synchronized void subscribe(SseEventSink sink, Sse context) {
        if (broadcaster == null) {
            sse = context;
            broadcaster = context.newBroadcaster();
            keepAlive = scheduler.scheduleAtFixedRate(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                    TimeUnit.SECONDS);
        }
        broadcaster.register(sink);
        sink.send(context.newEventBuilder().name("ready").data("{}").build());
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageChanged change) {
        SseBroadcaster listeners;
        Sse events;
        synchronized (this) {
            listeners = broadcaster;
            events = sse;
        }
        if (listeners != null) {
            listeners.broadcast(events.newEventBuilder().name("message")
                    .data(jsonb.toJson(MessageJson.of(change.message(), List.of(), errors))).build());
        }
    }

    private synchronized void keepAlive() {
        broadcaster.broadcast(sse.newEventBuilder().comment("keep-alive").build());
    }

    @PreDestroy
    synchronized void close() {
        if (broadcaster != null) {
            keepAlive.cancel(false);
            broadcaster.close();
        }
    }
}
