package com.deliverytracker.messages.control;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

/**
 * A send that did not end with Twilio accepting the message. The message is stored either way; the problem
 * names it so the caller can follow it.
 */
public class SendFailedException extends ProblemException {

    private final int status;
    private final String slug;
    private final String title;
    private final String messageId;
    private final Integer twilioCode;

    private SendFailedException(int status, String slug, String title, String detail, String messageId,
                                Integer twilioCode) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.messageId = messageId;
        this.twilioCode = twilioCode;
    }

    /** Twilio refused the message: 422 when the request's content is at fault, 502 when our account is. */
    public static SendFailedException rejected(String messageId, int twilioHttpStatus, Integer code, String reason) {
        int status = twilioHttpStatus == 400 ? 422 : 502;
        return new SendFailedException(status, "twilio-rejected", "Twilio rejected the message",
                "Twilio refused to send (" + (code == null ? "no code" : "error " + code) + "): " + reason,
                messageId, code);
    }

    public static SendFailedException notSent(String messageId, Integer code, String reason) {
        return new SendFailedException(503, "twilio-unavailable", "Twilio unavailable",
                reason + ". The message was not sent; it is stored as failed.", messageId, code);
    }

    public static SendFailedException outcomeUnknown(String messageId, boolean timedOut, String reason) {
        return new SendFailedException(timedOut ? 504 : 502, "send-outcome-unknown", "Send outcome unknown",
                reason + ". It will not be sent again automatically; its status is outcome_unknown until "
                        + "Twilio reports on it.", messageId, null);
    }

    @Override
    public Problem problem() {
        return Problem.of(status, slug, title, getMessage()).withMessage(messageId).withTwilioCode(twilioCode);
    }
}
