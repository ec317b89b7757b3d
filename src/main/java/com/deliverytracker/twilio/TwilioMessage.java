package com.deliverytracker.twilio;

/** What Twilio told us about a message, in Twilio's own words (status as its wire value). */
public record TwilioMessage(String sid, String status, String from, Integer errorCode, String errorMessage,
                            Integer numSegments, String price, String priceUnit) {
}
