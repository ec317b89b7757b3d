package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.Message;

/** The message a send produced, and whether this call created it (false: an idempotent repeat). */
public record SendResult(Message message, boolean created) {
}
