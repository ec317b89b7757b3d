package com.deliverytracker.messages.boundary;

import com.deliverytracker.messages.entity.StatusEvent;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

@JsonbNillable
@JsonbPropertyOrder({"status", "source", "errorCode", "errorMessage", "rawDlrDoneDate", "feedbackOutcome", "at"})
public record StatusEventJson(String status, String source, Integer errorCode, String errorMessage,
                              String rawDlrDoneDate, String feedbackOutcome, Instant at) {

    static StatusEventJson of(StatusEvent e) {
        return new StatusEventJson(e.status().wireName(), e.source().wireName(), e.errorCode(), e.errorMessage(),
                e.rawDlrDoneDate(), e.feedbackOutcome() == null ? null : e.feedbackOutcome().wireName(),
                MessageJson.utc(e.recordedAt()));
    }
}
