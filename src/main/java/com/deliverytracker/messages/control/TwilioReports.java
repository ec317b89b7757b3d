package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.EventSource;
import com.deliverytracker.messages.entity.MessageStatus;
import com.deliverytracker.messages.entity.StatusReport;
import com.deliverytracker.messages.entity.TwilioFacts;
import com.deliverytracker.twilio.TwilioMessage;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Turns a message resource from Twilio's API (a create() answer, a fetch) into a report and facts. */
public final class TwilioReports {

    private TwilioReports() {
    }

    /** An answer without a status we know is at least queued: Twilio has the message. */
    public static StatusReport reportOf(TwilioMessage answer, EventSource source) {
        MessageStatus status = MessageStatus.fromWireName(answer.status()).orElse(MessageStatus.QUEUED);
        return StatusReport.failure(status, source, answer.errorCode(), answer.errorMessage());
    }

    public static TwilioFacts factsOf(TwilioMessage answer) {
        LocalDateTime dateSent = answer.dateSent() == null ? null
                : LocalDateTime.ofInstant(answer.dateSent(), ZoneOffset.UTC);
        return new TwilioFacts(answer.sid(), answer.from(), answer.numSegments(), answer.price(), answer.priceUnit(),
                dateSent);
    }
}
