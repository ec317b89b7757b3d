package com.deliverytracker.messages.boundary;

import com.deliverytracker.errors.ErrorCatalogue;
import com.deliverytracker.errors.TwilioError;
import com.deliverytracker.messages.entity.MediaItem;
import com.deliverytracker.messages.entity.Message;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A message as the API shows it; absent values are explicit nulls. */
@JsonbNillable
@JsonbPropertyOrder({"id", "sid", "direction", "from", "to", "body", "mediaUrls", "numMedia", "media",
        "messagingServiceSid", "provideFeedback", "status", "errorCode", "errorMessage", "numSegments", "price",
        "priceUnit", "error", "optOutType", "inReplyTo", "replies", "createdAt", "updatedAt", "dateSent",
        "deliveredAt", "deliveryMillis", "country", "feedbackOutcome", "stale", "pollCount", "lastPolledAt",
        "nextPollAt"})
public record MessageJson(String id, String sid, String direction, String from, String to, String body,
                          List<String> mediaUrls, Integer numMedia, List<MediaItem> media,
                          String messagingServiceSid, boolean provideFeedback, String status, Integer errorCode,
                          String errorMessage, Integer numSegments, String price, String priceUnit,
                          TwilioError error, String optOutType, String inReplyTo, List<String> replies,
                          Instant createdAt, Instant updatedAt, Instant dateSent, Instant deliveredAt, Long deliveryMillis,
                          String country, String feedbackOutcome, boolean stale, int pollCount,
                          Instant lastPolledAt, Instant nextPollAt) {

    /** {@code catalogue} explains the message's error code, if it has one. */
    static MessageJson of(Message m, List<String> replies, ErrorCatalogue catalogue) {
        return new MessageJson(m.id(), m.sid(), m.direction().wireName(), m.from(), m.to(), m.body(),
                m.mediaUrls(), m.numMedia(), m.media(), m.messagingServiceSid(), m.provideFeedback(),
                m.status().wireName(), m.errorCode(), m.errorMessage(), m.numSegments(), m.price(), m.priceUnit(),
                m.errorCode() == null ? null : catalogue.explain(m.errorCode()), m.optOutType(), m.inReplyTo(),
                replies, utc(m.createdAt()), utc(m.updatedAt()), utc(m.dateSent()), utc(m.deliveredAt()),
                m.deliveryMillis(), m.country(), m.feedbackOutcome() == null ? null : m.feedbackOutcome().wireName(),
                m.stale(), m.pollCount(), utc(m.lastPolledAt()), utc(m.nextPollAt()));
    }

    static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
