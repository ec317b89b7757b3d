package com.deliverytracker.sandbox.control;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

/** The tracker's inbound webhook did not take the sandbox's message: 502, with what it answered. */
public class InboundNotAnsweredException extends ProblemException {

    InboundNotAnsweredException(String detail) {
        super("The inbound message was not taken: " + detail);
    }

    @Override
    public Problem problem() {
        return Problem.of(502, "inbound-not-answered", "Inbound webhook not answered", getMessage());
    }
}
