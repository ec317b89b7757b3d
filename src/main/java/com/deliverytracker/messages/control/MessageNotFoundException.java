package com.deliverytracker.messages.control;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

public class MessageNotFoundException extends ProblemException {

    public MessageNotFoundException(String id) {
        super("No message with id or SID '" + id + "'.");
    }

    @Override
    public Problem problem() {
        return Problem.of(404, "message-not-found", "Message not found", getMessage());
    }
}
