package com.deliverytracker.messages.boundary;

import com.deliverytracker.errors.ErrorCatalogue;
import com.deliverytracker.messages.control.MessageChanged;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes every committed change of a message to the clients of {@code GET /api/messages/stream}, as the
 * message's JSON. A client hears of the changes this instance stores; with several instances behind a load
 * balancer it also re-reads the list now and then (docs/dashboard.md).
 * <p>
 * The thread that stored a change only queues its event: one managed thread sends the queue, in commit order.
 * A slow client never holds up a send or a callback, and neither RESTEasy's broadcaster (which clears the
 * JAX-RS context of the thread it sends on) nor a task handed to an executor from the request (Payara closes
 * the request's entity managers when such a task ends) can upset the request.
 */
@ApplicationScoped
public class MessageStream {

    private static final Logger LOG = Logger.getLogger(MessageStream.class.getName());
    /** Proxies close connections that stay silent for a minute or so. */
    private static final long KEEP_ALIVE_SECONDS = 20;
    /** Beyond this many unsent events the oldest go: clients re-read the list anyway (on ready, every minute). */
    private static final int MAX_PENDING = 10_000;

    @Inject
    ErrorCatalogue errors;

    @Resource
    ManagedThreadFactory threads;

    private final Jsonb jsonb = JsonbBuilder.create();
    private final BlockingQueue<OutboundSseEvent> pending = new LinkedBlockingQueue<>(MAX_PENDING);
    private volatile Sse sse;
    private volatile SseBroadcaster broadcaster;
    private Thread sender;

    synchronized void subscribe(SseEventSink sink, Sse context) {
        if (broadcaster == null) {
            sse = context;
            broadcaster = context.newBroadcaster();
            sender = threads.newThread(this::sendQueued);
            sender.setName("message-stream");
            sender.start();
        }
        broadcaster.register(sink);
        sink.send(context.newEventBuilder().name("ready").data("{}").build());
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageChanged change) {
        if (broadcaster != null) {
            OutboundSseEvent event = sse.newEventBuilder().name("message")
                    .data(jsonb.toJson(MessageJson.of(change.message(), List.of(), errors))).build();
            while (!pending.offer(event)) {
                pending.poll();
            }
        }
    }

    private void sendQueued() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                OutboundSseEvent event = pending.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                broadcast(event != null ? event : sse.newEventBuilder().comment("keep-alive").build());
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** A client that fails is the broadcaster's to drop; the others, and this thread, carry on. */
    private void broadcast(OutboundSseEvent event) {
        try {
            broadcaster.broadcast(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An event could not be sent to the stream's clients", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (broadcaster != null) {
            sender.interrupt();
            broadcaster.close();
        }
    }
}
