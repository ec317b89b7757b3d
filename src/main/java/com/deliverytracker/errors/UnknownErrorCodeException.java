package com.deliverytracker.errors;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

class UnknownErrorCodeException extends ProblemException {

    UnknownErrorCodeException(int code) {
        super("Error " + code + " is not in the shipped catalogue of messaging errors; Twilio's page: "
                + TwilioError.moreInfo(code));
    }

    @Override
    public Problem problem() {
        return Problem.of(404, "error-code-not-found", "Error code not found", getMessage());
    }
}
