package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.Message;

/**
 * A message was stored or its history grew. Fired inside the ledger's transaction; observers that care only
 * about what is really stored observe it after success.
 */
public record MessageChanged(Message message) {
}
