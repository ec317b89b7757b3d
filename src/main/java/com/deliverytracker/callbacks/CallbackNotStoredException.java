package com.deliverytracker.callbacks;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

/** The database would not take the callback: answered 503, never a silent 2xx (docs/api.md). */
class CallbackNotStoredException extends ProblemException {

    CallbackNotStoredException(Throwable cause) {
        super("The status could not be stored; deliver it again.");
        initCause(cause);
    }

    @Override
    public Problem problem() {
        return Problem.of(503, "callback-not-stored", "Callback not stored", getMessage());
    }
}
