package com.deliverytracker.messages.entity;

import com.deliverytracker.platform.ColumnText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A tracked message. {@code status} is derived: it is the fold of the message's {@link StatusEvent}s through
 * {@link MessageStatus#advancedBy}, kept here so that lists and filters need no history scan.
 * Times are UTC.
 */
@Entity
@Table(name = "tracked_message", indexes = {
        @Index(name = "ix_message_created", columnList = "created_at, id"),
        @Index(name = "ix_message_status_created", columnList = "status, created_at"),
        @Index(name = "ix_message_to_created", columnList = "to_number, created_at"),
        @Index(name = "ix_message_in_reply_to", columnList = "in_reply_to"),
        @Index(name = "ix_message_status_updated", columnList = "status, updated_at"),
        @Index(name = "ix_message_lease_owner", columnList = "lease_owner"),
        @Index(name = "ix_message_stats",
                columnList = "created_at, direction, status, error_code, country, delivery_millis"),
        @Index(name = "ix_message_updated", columnList = "updated_at")
})
@NamedQuery(name = Message.LOCK_BY_ID, query = "select m from Message m where m.id = :id",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(name = Message.LOCK_BY_SID, query = "select m from Message m where m.sid = :sid",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(name = Message.BY_SID, query = "select m from Message m where m.sid = :sid")
@NamedQuery(name = Message.BY_IDEMPOTENCY_KEY, query = "select m from Message m where m.idempotencyKey = :key")
@NamedQuery(name = Message.REPLIES_TO,
        query = "select m.inReplyTo, m.id from Message m where m.inReplyTo in :ids order by m.createdAt, m.id")
public class Message {

    public static final String REPLIES_TO = "Message.repliesTo";
    public static final String LOCK_BY_ID = "Message.lockById";
    public static final String LOCK_BY_SID = "Message.lockBySid";
    public static final String BY_SID = "Message.bySid";
    public static final String BY_IDEMPOTENCY_KEY = "Message.byIdempotencyKey";

    static final String MEDIA_SEPARATOR = "\n";

    @Id
    @Column(length = 36)
    private String id;

    @Column(unique = true, length = 34)
    private String sid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Direction direction;

    @Column(name = "from_number", length = 64)
    private String from;

    @Column(name = "to_number", nullable = false, length = 64)
    private String to;

    @Column(length = 1600)
    private String body;

    @Column(name = "media_urls", length = 10240)
    private String mediaUrls;

    @Column(name = "media_content_types", length = 2048)
    private String mediaContentTypes;

    @Column(name = "num_media")
    private Integer numMedia;

    @Column(name = "opt_out_type", length = 16)
    private String optOutType;

    @Column(name = "in_reply_to", length = 36)
    private String inReplyTo;

    @Column(name = "reply_text", length = 1600)
    private String replyText;

    @Column(name = "messaging_service_sid", length = 34)
    private String messagingServiceSid;

    @Column(name = "provide_feedback", nullable = false)
    private boolean provideFeedback;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MessageStatus status;

    @Column(name = "error_code")
    private Integer errorCode;

    @Column(name = "error_message", length = 1000)
    private String errorMessage;

    @Column(name = "num_segments")
    private Integer numSegments;

    @Column(length = 32)
    private String price;

    @Column(name = "price_unit", length = 8)
    private String priceUnit;

    @Column(name = "idempotency_key", unique = true, length = 300)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", length = 64)
    private String requestFingerprint;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "date_sent")
    private LocalDateTime dateSent;

    // Reconciliation's bookkeeping: how often Twilio was asked without news, when to ask next, who is asking.
    @Column(name = "poll_count", nullable = false)
    private int pollCount;

    @Column(name = "last_polled_at")
    private LocalDateTime lastPolledAt;

    @Column(name = "next_poll_at")
    private LocalDateTime nextPollAt;

    @Column(name = "lease_owner", length = 64)
    private String leaseOwner;

    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    @Column(name = "gave_up_at")
    private LocalDateTime gaveUpAt;

    /** Country of the other party (the recipient of what we send, the sender of what we receive). */
    @Column(name = "country", length = 8)
    private String country;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    /** From created to delivered, kept as a number so that percentiles are one aggregate on any database. */
    @Column(name = "delivery_millis")
    private Long deliveryMillis;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_outcome", length = 16)
    private FeedbackOutcome feedbackOutcome;

    @Version
    private long version;

    protected Message() {
    }

    public static Message outbound(String to, String from, String messagingServiceSid, String body,
                                   List<String> mediaUrls, boolean provideFeedback, LocalDateTime now) {
        Message message = new Message(Direction.OUTBOUND, to, from, now);
        message.messagingServiceSid = messagingServiceSid;
        message.body = body;
        message.mediaUrls = mediaUrls == null || mediaUrls.isEmpty() ? null : String.join(MEDIA_SEPARATOR, mediaUrls);
        message.provideFeedback = provideFeedback;
        return message;
    }

    /** A message we first hear of from a status callback: another system's, or one of our TwiML replies. */
    public static Message discovered(MessageRef ref, LocalDateTime now) {
        Message message = new Message(ref.direction(), ref.to(), ref.from(), now);
        message.sid = ref.sid();
        message.inReplyTo = ref.inReplyTo();
        return message;
    }

    /** A TwiML reply to this inbound message, created from its first callback, which carries no body. */
    public Message replyDiscovered(MessageRef ref, LocalDateTime now) {
        Message reply = discovered(ref, now);
        reply.body = replyText;
        return reply;
    }

    /** Remembers what we answered this inbound message with, for the reply Twilio will send. */
    public void answeredWith(String text) {
        replyText = ColumnText.fit(text, 1600);
    }

    public static Message inbound(InboundMessage inbound, LocalDateTime now) {
        Message message = new Message(Direction.INBOUND, inbound.to(), inbound.from(), now);
        message.sid = inbound.sid();
        message.body = inbound.body();
        message.numSegments = inbound.numSegments();
        message.numMedia = inbound.media().size();
        message.mediaUrls = inbound.media().isEmpty() ? null : String.join(MEDIA_SEPARATOR,
                inbound.media().stream().map(MediaItem::url).toList());
        message.mediaContentTypes = inbound.media().isEmpty() ? null : String.join(MEDIA_SEPARATOR,
                inbound.media().stream().map(item -> item.contentType() == null ? "" : item.contentType()).toList());
        message.optOutType = inbound.optOutType();
        return message;
    }

    private Message(Direction direction, String to, String from, LocalDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.direction = direction;
        this.to = to == null ? "unknown" : to;
        this.from = from;
        this.status = MessageStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
        this.country = Countries.of(direction == Direction.INBOUND ? from : to).orElse(null);
    }

    public void guardWith(String scopedIdempotencyKey, String fingerprint) {
        this.idempotencyKey = scopedIdempotencyKey;
        this.requestFingerprint = fingerprint;
    }

    /** Applies one new event; answers whether the current status changed. */
    public boolean apply(StatusEvent event) {
        MessageStatus next = status.advancedBy(event.status());
        updatedAt = event.recordedAt();
        if (event.feedbackOutcome() != null) {
            feedbackOutcome = event.feedbackOutcome();
        }
        if (next == status) {
            return false;
        }
        // read (WhatsApp) implies delivered, and may be the first receipt that arrives
        if ((next == MessageStatus.DELIVERED || next == MessageStatus.READ) && deliveredAt == null) {
            deliveredAt = event.recordedAt();
            deliveryMillis = Duration.between(createdAt, deliveredAt).toMillis();
        }
        status = next;
        errorCode = event.errorCode();
        errorMessage = event.errorMessage();
        return true;
    }

    /** Fills in what Twilio knows and we did not; never overwrites a known SID. */
    public void learn(TwilioFacts facts) {
        learn(facts.sid(), facts.from(), facts.numSegments(), facts.price(), facts.priceUnit());
        if (facts.dateSent() != null) {
            dateSent = facts.dateSent();
        }
    }

    /**
     * Books a poll of Twilio: news resets the backoff; no news doubles the wait before the next poll, starting
     * from {@code firstGap} and capped at {@code maxGap}. Either way the lease is returned.
     */
    public void polled(boolean news, LocalDateTime now, Duration firstGap, Duration maxGap) {
        lastPolledAt = now;
        releaseLease();
        if (news) {
            pollCount = 0;
            nextPollAt = null;
            return;
        }
        pollCount++;
        // 1x, 2x, 4x ... the stale threshold, capped: a message that stays silent costs less and less
        Duration gap = firstGap.multipliedBy(1L << Math.min(pollCount - 1, 20));
        nextPollAt = now.plus(gap.compareTo(maxGap) > 0 ? maxGap : gap);
    }

    /** Returns the lease without news (Twilio could not be asked): try again no earlier than {@code retryAt}. */
    public void unpolled(LocalDateTime retryAt) {
        releaseLease();
        nextPollAt = retryAt;
    }

    /** Whether {@code token}'s claim on this message still stands (nobody claimed it after its lease ran out). */
    public boolean leasedTo(String token) {
        return token != null && token.equals(leaseOwner);
    }

    private void releaseLease() {
        leaseOwner = null;
        leaseUntil = null;
    }

    private void learn(String twilioSid, String twilioFrom, Integer segments, String twilioPrice, String unit) {
        if (sid == null && twilioSid != null) {
            sid = twilioSid;
        }
        if (twilioFrom != null && from == null) {
            from = twilioFrom;
        }
        if (segments != null) {
            numSegments = segments;
        }
        if (twilioPrice != null) {
            price = twilioPrice;
            priceUnit = unit;
        }
    }

    public String id() {
        return id;
    }

    public String sid() {
        return sid;
    }

    public Direction direction() {
        return direction;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String body() {
        return body;
    }

    public List<String> mediaUrls() {
        return mediaUrls == null ? List.of() : List.of(mediaUrls.split(MEDIA_SEPARATOR));
    }

    /** Media with their content types where Twilio told us (inbound); outbound media have none. */
    public List<MediaItem> media() {
        List<String> urls = mediaUrls();
        List<String> types = mediaContentTypes == null ? List.of() : List.of(mediaContentTypes.split(MEDIA_SEPARATOR, -1));
        return java.util.stream.IntStream.range(0, urls.size())
                .mapToObj(i -> new MediaItem(urls.get(i), i < types.size() && !types.get(i).isEmpty() ? types.get(i) : null))
                .toList();
    }

    public Integer numMedia() {
        return numMedia;
    }

    public String optOutType() {
        return optOutType;
    }

    public String inReplyTo() {
        return inReplyTo;
    }

    public String messagingServiceSid() {
        return messagingServiceSid;
    }

    public boolean provideFeedback() {
        return provideFeedback;
    }

    public MessageStatus status() {
        return status;
    }

    public Integer errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public Integer numSegments() {
        return numSegments;
    }

    public String price() {
        return price;
    }

    public String priceUnit() {
        return priceUnit;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public LocalDateTime dateSent() {
        return dateSent;
    }

    public int pollCount() {
        return pollCount;
    }

    public LocalDateTime lastPolledAt() {
        return lastPolledAt;
    }

    public LocalDateTime nextPollAt() {
        return nextPollAt;
    }

    /** Reconciliation gave up on it (RECONCILE_GIVE_UP_AFTER_HOURS) and Twilio never said how it ended. */
    public boolean stale() {
        return gaveUpAt != null && !status.isFinal();
    }

    public String country() {
        return country;
    }

    public LocalDateTime deliveredAt() {
        return deliveredAt;
    }

    public Long deliveryMillis() {
        return deliveryMillis;
    }

    public FeedbackOutcome feedbackOutcome() {
        return feedbackOutcome;
    }
}
