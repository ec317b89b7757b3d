package com.deliverytracker.messages.entity;

import com.deliverytracker.platform.ColumnText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDateTime;

/**
 * One entry of a message's append-only history. {@code dedupeKey} makes a repeated report (the same
 * callback retried by Twilio) collide with the first one on a unique constraint.
 */
@Entity
@Table(name = "status_event",
        uniqueConstraints = @UniqueConstraint(name = "uq_event_dedupe", columnNames = {"message_id", "dedupe_key"}),
        indexes = @Index(name = "ix_event_message", columnList = "message_id, id"))
@NamedQuery(name = StatusEvent.DEDUPE_HIT,
        query = "select e.id from StatusEvent e where e.messageId = :id and e.dedupeKey = :key")
@NamedQuery(name = StatusEvent.STATUS_SEEN,
        query = "select e.id from StatusEvent e where e.messageId = :id and e.status = :status")
@NamedQuery(name = StatusEvent.HISTORY, query = "select e from StatusEvent e where e.messageId = :id order by e.id")
public class StatusEvent {

    public static final String DEDUPE_HIT = "StatusEvent.dedupeHit";
    public static final String HISTORY = "StatusEvent.history";
    public static final String STATUS_SEEN = "StatusEvent.statusSeen";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_event_seq")
    @SequenceGenerator(name = "status_event_seq", sequenceName = "status_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false, length = 36)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MessageStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventSource source;

    @Column(name = "error_code")
    private Integer errorCode;

    @Column(name = "error_message", length = 1000)
    private String errorMessage;

    @Column(name = "raw_dlr_done_date", length = 32)
    private String rawDlrDoneDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_outcome", length = 16)
    private FeedbackOutcome feedbackOutcome;

    @Column(name = "dedupe_key", nullable = false, length = 80)
    private String dedupeKey;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected StatusEvent() {
    }

    public StatusEvent(String messageId, StatusReport report, LocalDateTime recordedAt) {
        this.messageId = messageId;
        this.status = report.status();
        this.source = report.source();
        this.errorCode = report.errorCode();
        this.errorMessage = ColumnText.fit(report.errorMessage(), 1000);
        this.rawDlrDoneDate = ColumnText.fit(report.rawDlrDoneDate(), 32);
        this.feedbackOutcome = report.feedbackOutcome();
        this.dedupeKey = report.dedupeKey();
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public MessageStatus status() {
        return status;
    }

    public EventSource source() {
        return source;
    }

    public Integer errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public String rawDlrDoneDate() {
        return rawDlrDoneDate;
    }

    public FeedbackOutcome feedbackOutcome() {
        return feedbackOutcome;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
