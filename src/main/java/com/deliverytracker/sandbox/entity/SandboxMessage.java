package com.deliverytracker.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A message as the sandbox's Twilio knows it, with its planned outcome and when its next status change is due
 * ({@code nextStepAt}, null once its life is over). Kept in the database, so a restart loses nothing. Times are
 * UTC; statuses are Twilio's wire names.
 */
@Entity
@Table(name = "sandbox_message", indexes = {
        @Index(name = "ix_sandbox_to_created", columnList = "to_number, created_at"),
        @Index(name = "ix_sandbox_next_step", columnList = "next_step_at")
})
@NamedQuery(name = SandboxMessage.DUE,
        query = "select m.sid from SandboxMessage m where m.nextStepAt <= :now order by m.nextStepAt")
public class SandboxMessage {

    public static final String DUE = "SandboxMessage.due";
    public static final String OUTBOUND_API = "outbound-api";
    public static final String OUTBOUND_REPLY = "outbound-reply";
    public static final String INBOUND = "inbound";
    private static final String SEPARATOR = "\n";

    @Id
    @Column(length = 34)
    private String sid;

    @Column(nullable = false, length = 16)
    private String direction;

    @Column(name = "to_number", nullable = false, length = 64)
    private String to;

    @Column(name = "from_number", length = 64)
    private String from;

    @Column(name = "messaging_service_sid", length = 34)
    private String messagingServiceSid;

    @Column(length = 1600)
    private String body;

    @Column(name = "media_urls", length = 10240)
    private String mediaUrls;

    @Column(name = "num_segments", nullable = false)
    private int numSegments;

    @Column(nullable = false, length = 24)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SandboxOutcome outcome;

    @Column(name = "error_code")
    private Integer errorCode;

    @Column(name = "error_message", length = 255)
    private String errorMessage;

    @Column(name = "status_callback", length = 2000)
    private String statusCallback;

    @Column(name = "provide_feedback", nullable = false)
    private boolean provideFeedback;

    @Column(name = "feedback_outcome", length = 16)
    private String feedbackOutcome;

    @Column(length = 16)
    private String price;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "next_step_at")
    private LocalDateTime nextStepAt;

    protected SandboxMessage() {
    }

    /** A message created through the API, or by a TwiML reply; it starts queued, or accepted by a Messaging Service. */
    public static SandboxMessage outbound(String sid, String direction, NewMessage request, int numSegments,
                                          SandboxOutcome outcome, LocalDateTime now) {
        SandboxMessage message = new SandboxMessage();
        message.sid = sid;
        message.direction = direction;
        message.to = request.to();
        message.from = request.from();
        message.messagingServiceSid = request.messagingServiceSid();
        message.body = request.body();
        message.mediaUrls = request.mediaUrls().isEmpty() ? null : String.join(SEPARATOR, request.mediaUrls());
        message.numSegments = numSegments;
        message.status = request.messagingServiceSid() == null ? "queued" : "accepted";
        message.outcome = outcome;
        message.statusCallback = request.statusCallback();
        message.provideFeedback = request.provideFeedback();
        message.createdAt = now;
        message.updatedAt = now;
        return message;
    }

    public static SandboxMessage inbound(String sid, String from, String to, String body, int numSegments,
                                         LocalDateTime now) {
        SandboxMessage message = new SandboxMessage();
        message.sid = sid;
        message.direction = INBOUND;
        message.to = to;
        message.from = from;
        message.body = body;
        message.numSegments = numSegments;
        message.status = "received";
        message.outcome = SandboxOutcome.DELIVERED;
        message.createdAt = now;
        message.updatedAt = now;
        message.sentAt = now;
        return message;
    }

    /**
     * Moves to the next status of its life; {@code nextStepAt} is when the one after is due, or null. A message
     * that has no sender yet (a Messaging Service's) gets {@code sender}.
     */
    public void advance(String newStatus, Integer newErrorCode, String newErrorMessage, String sentPrice, String sender,
                        LocalDateTime now, LocalDateTime nextStep) {
        if (from == null) {
            from = sender;
        }
        status = newStatus;
        errorCode = newErrorCode;
        errorMessage = newErrorMessage;
        if ("sent".equals(newStatus) && sentAt == null) {
            sentAt = now;
            price = sentPrice;
        }
        updatedAt = now;
        nextStepAt = nextStep;
    }

    public boolean isDue(LocalDateTime now) {
        return nextStepAt != null && !nextStepAt.isAfter(now);
    }

    public void scheduleNextStep(LocalDateTime at) {
        nextStepAt = at;
    }

    public void recordFeedback(String outcomeGiven, LocalDateTime now) {
        feedbackOutcome = outcomeGiven;
        updatedAt = now;
    }

    public String sid() {
        return sid;
    }

    public String direction() {
        return direction;
    }

    public String to() {
        return to;
    }

    public String from() {
        return from;
    }

    public String messagingServiceSid() {
        return messagingServiceSid;
    }

    public String body() {
        return body;
    }

    public List<String> mediaUrls() {
        return mediaUrls == null ? List.of() : List.of(mediaUrls.split(SEPARATOR));
    }

    public int numSegments() {
        return numSegments;
    }

    public String status() {
        return status;
    }

    public SandboxOutcome outcome() {
        return outcome;
    }

    public Integer errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public String statusCallback() {
        return statusCallback;
    }

    public boolean provideFeedback() {
        return provideFeedback;
    }

    public String feedbackOutcome() {
        return feedbackOutcome;
    }

    public String price() {
        return price;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public LocalDateTime sentAt() {
        return sentAt;
    }

    public LocalDateTime nextStepAt() {
        return nextStepAt;
    }
}
