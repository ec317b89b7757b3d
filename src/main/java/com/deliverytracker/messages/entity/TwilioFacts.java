package com.deliverytracker.messages.entity;

import java.time.LocalDateTime;

/** What Twilio told us about a message besides its status; any part may be unknown (null). Times are UTC. */
public record TwilioFacts(String sid, String from, Integer numSegments, String price, String priceUnit,
                          LocalDateTime dateSent) {

    public static final TwilioFacts NONE = new TwilioFacts(null, null, null, null, null, null);

    public static TwilioFacts sid(String sid) {
        return new TwilioFacts(sid, null, null, null, null, null);
    }
}
