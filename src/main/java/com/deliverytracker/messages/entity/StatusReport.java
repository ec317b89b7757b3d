package com.deliverytracker.messages.entity;

/**
 * A status as somebody reported it (our send, a callback, a poll), before it is recorded. Reports with the
 * same {@link #dedupeKey()} for one message are the same news and are recorded once.
 */
public record StatusReport(MessageStatus status, EventSource source, Integer errorCode, String errorMessage,
                           String rawDlrDoneDate) {

    public static StatusReport of(MessageStatus status, EventSource source) {
        return new StatusReport(status, source, null, null, null);
    }

    public static StatusReport failure(MessageStatus status, EventSource source, Integer code, String message) {
        return new StatusReport(status, source, code, message, null);
    }

    public String dedupeKey() {
        return source.wireName() + ":" + status.wireName() + ":" + (errorCode == null ? "" : errorCode);
    }
}
