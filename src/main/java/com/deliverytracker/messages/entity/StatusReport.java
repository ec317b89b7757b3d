package com.deliverytracker.messages.entity;

/**
 * A status as somebody reported it (our send, a callback, a poll), before it is recorded. Reports with the
 * same {@link #dedupeKey()} for one message are the same news and are recorded once.
 */
public record StatusReport(MessageStatus status, EventSource source, Integer errorCode, String errorMessage,
                           String rawDlrDoneDate, FeedbackOutcome feedbackOutcome, int feedbackNumber) {

    public StatusReport(MessageStatus status, EventSource source, Integer errorCode, String errorMessage,
                        String rawDlrDoneDate) {
        this(status, source, errorCode, errorMessage, rawDlrDoneDate, null, 0);
    }

    /**
     * Feedback we gave Twilio: "confirmed" (the recipient acted on the message) is proof of delivery; an
     * "unconfirmed" one leaves the status as it is.
     */
    public static StatusReport feedback(FeedbackOutcome outcome, MessageStatus current, int earlierFeedback) {
        return new StatusReport(outcome == FeedbackOutcome.CONFIRMED ? MessageStatus.DELIVERED : current,
                EventSource.FEEDBACK, null, null, null, outcome, earlierFeedback + 1);
    }

    public static StatusReport of(MessageStatus status, EventSource source) {
        return new StatusReport(status, source, null, null, null);
    }

    public static StatusReport failure(MessageStatus status, EventSource source, Integer code, String message) {
        return new StatusReport(status, source, code, message, null);
    }

    public String dedupeKey() {
        if (feedbackOutcome != null) {
            // the n-th feedback: two requests racing for the same change are one; a change of mind is news
            return source.wireName() + ":" + feedbackNumber + ":" + feedbackOutcome.wireName();
        }
        return source.wireName() + ":" + status.wireName() + ":" + (errorCode == null ? "" : errorCode);
    }
}
