package com.deliverytracker.twilio;

import java.net.URI;
import java.util.List;

/** What we ask Twilio to send; exactly one of {@code from} and {@code messagingServiceSid} is set. */
public record OutboundMessage(String to, String from, String messagingServiceSid, String body,
                              List<URI> mediaUrls, URI statusCallback, boolean provideFeedback) {
}
