package com.deliverytracker.messages.entity;

/**
 * How a report names its message: by our id (from the StatusCallback URL), else by Twilio's SID. When
 * neither is known yet the message is discovered: created from the report with this direction, to and from,
 * and, for a TwiML reply, the id of the inbound message it answers.
 */
public record MessageRef(String id, String sid, Direction direction, String to, String from, String inReplyTo) {
}
