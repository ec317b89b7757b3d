package com.deliverytracker.twilio;

import java.time.Instant;

/**
 * What Twilio told us about a message, in Twilio's own words (status as its wire value). Any part may be
 * null: create() answers carry no dates worth keeping, and Twilio leaves date_sent empty until it sends.
 */
public record TwilioMessage(String sid, String status, String to, String from, String messagingServiceSid,
                            String body, Integer errorCode, String errorMessage, Integer numSegments, String price,
                            String priceUnit, Instant dateCreated, Instant dateSent) {
}
