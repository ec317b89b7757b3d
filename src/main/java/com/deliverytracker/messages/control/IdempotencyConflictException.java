package com.deliverytracker.messages.control;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

public class IdempotencyConflictException extends ProblemException {

    private final String messageId;

    public IdempotencyConflictException(String messageId) {
        super("This Idempotency-Key was already used for a different request; use a new key for new content.");
        this.messageId = messageId;
    }

    @Override
    public Problem problem() {
        return Problem.of(409, "idempotency-key-reused", "Idempotency-Key reused", getMessage())
                .withMessage(messageId);
    }
}
