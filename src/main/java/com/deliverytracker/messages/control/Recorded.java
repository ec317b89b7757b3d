package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.Message;

/** The outcome of recording a report: the message as it now stands, and whether the report was news. */
public record Recorded(Message message, boolean duplicate, boolean statusChanged) {
}
