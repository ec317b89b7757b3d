package com.deliverytracker.messages.entity;

import java.util.List;
import java.util.Locale;

/** A message Twilio received for us, as its inbound webhook described it. */
public record InboundMessage(String sid, String from, String to, String body, Integer numSegments,
                             List<MediaItem> media, String optOutType) {

    public InboundMessage {
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** The body as a keyword: trimmed and upper-cased, as carriers match STOP, START and HELP. */
    public String keyword() {
        return body == null ? "" : body.trim().toUpperCase(Locale.ROOT);
    }
}
