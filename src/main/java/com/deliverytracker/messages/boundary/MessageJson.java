package com.deliverytracker.messages.boundary;

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
        "priceUnit", "optOutType", "inReplyTo", "replies", "createdAt", "updatedAt", "dateSent", "stale", "pollCount",
        "lastPolledAt", "nextPollAt"})
public record MessageJson(String id, String sid, String direction, String from, String to, String body,
                          List<String> mediaUrls, Integer numMedia, List<MediaItem> media,
                          String messagingServiceSid, boolean provideFeedback, String status, Integer errorCode,
                          String errorMessage, Integer numSegments, String price, String priceUnit,
                          String optOutType, String inReplyTo, List<String> replies, Instant createdAt,
                          Instant updatedAt, Instant dateSent, boolean stale, int pollCount,
                          Instant lastPolledAt, Instant nextPollAt) {

    static MessageJson of(Message m, List<String> replies) {
        return new MessageJson(m.id(), m.sid(), m.direction().wireName(), m.from(), m.to(), m.body(),
                m.mediaUrls(), m.numMedia(), m.media(), m.messagingServiceSid(), m.provideFeedback(),
                m.status().wireName(), m.errorCode(), m.errorMessage(), m.numSegments(), m.price(), m.priceUnit(),
                m.optOutType(), m.inReplyTo(), replies, utc(m.createdAt()), utc(m.updatedAt()),
                utc(m.dateSent()), m.stale(), m.pollCount(), utc(m.lastPolledAt()), utc(m.nextPollAt()));
    }

    static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
