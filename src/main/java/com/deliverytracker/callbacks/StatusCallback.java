package com.deliverytracker.callbacks;

import com.deliverytracker.messages.entity.Direction;
import com.deliverytracker.messages.entity.EventSource;
import com.deliverytracker.messages.entity.MessageRef;
import com.deliverytracker.messages.entity.MessageStatus;
import com.deliverytracker.messages.entity.StatusReport;
import com.deliverytracker.messages.entity.TwilioFacts;
import com.deliverytracker.twilio.SignedWebhook;
import java.util.Optional;

/**
 * A status callback's fields. Twilio sends both the Message* and the older Sms* names; the newer win.
 * {@code messageId} is our own id, which we put in every StatusCallback URL; {@code inReplyTo} is in the action
 * URL of our TwiML replies and names the inbound message answered.
 */
record StatusCallback(String messageId, String inReplyTo, String sid, MessageStatus status, Integer errorCode, String errorMessage,
                      String rawDlrDoneDate, String to, String from) {

    static StatusCallback from(SignedWebhook webhook) {
        String sid = first(webhook.param("MessageSid"), webhook.param("SmsSid"));
        if (sid == null) {
            throw new InvalidCallbackException("MessageSid is missing");
        }
        String statusName = first(webhook.param("MessageStatus"), webhook.param("SmsStatus"));
        if (statusName == null) {
            throw new InvalidCallbackException("MessageStatus is missing");
        }
        MessageStatus status = MessageStatus.fromWireName(statusName)
                .filter(known -> known != MessageStatus.PENDING && known != MessageStatus.OUTCOME_UNKNOWN)
                .orElseThrow(() -> new InvalidCallbackException("MessageStatus '" + statusName + "' is not a Twilio status"));
        return new StatusCallback(blankToNull(webhook.query().get("messageId")),
                blankToNull(webhook.query().get("inReplyTo")), sid, status,
                errorCode(webhook.param("ErrorCode")), webhook.param("ErrorMessage"),
                webhook.param("RawDlrDoneDate"), webhook.param("To"), webhook.param("From"));
    }

    MessageRef ref() {
        return new MessageRef(messageId, sid, inReplyTo == null ? Direction.OUTBOUND : Direction.REPLY, to, from,
                inReplyTo);
    }

    StatusReport report() {
        return new StatusReport(status, EventSource.CALLBACK, errorCode, errorMessage, rawDlrDoneDate);
    }

    TwilioFacts facts() {
        return new TwilioFacts(sid, from, null, null, null, null);
    }

    private static Integer errorCode(String value) {
        if (value == null) {
            return null;
        }
        try {
            int code = Integer.parseInt(value.trim());
            return code == 0 ? null : code;
        } catch (NumberFormatException e) {
            throw new InvalidCallbackException("ErrorCode '" + value + "' is not a number");
        }
    }

    private static String first(String preferred, String fallback) {
        return Optional.ofNullable(preferred).orElse(fallback);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
