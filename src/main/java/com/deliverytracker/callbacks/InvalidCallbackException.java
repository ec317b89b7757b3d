package com.deliverytracker.callbacks;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

/** A signed callback we cannot understand: answered 400, and logged, since Twilio changes fields without notice. */
class InvalidCallbackException extends ProblemException {

    InvalidCallbackException(String detail) {
        super(detail);
    }

    @Override
    public Problem problem() {
        return Problem.of(400, "invalid-callback", "Invalid status callback", getMessage());
    }
}
