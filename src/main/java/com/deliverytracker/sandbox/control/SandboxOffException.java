package com.deliverytracker.sandbox.control;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

/**
 * The sandbox was asked to act outside sandbox mode. The filter on /sandbox already answers 404 there; this is
 * the same answer from the code that would send, so that no mapping mistake can make a burst text real people.
 */
public class SandboxOffException extends ProblemException {

    SandboxOffException() {
        super("The sandbox exists only in sandbox mode (docs/sandbox.md); this tracker talks to Twilio.");
    }

    static void unlessSandbox(boolean sandbox) {
        if (!sandbox) {
            throw new SandboxOffException();
        }
    }

    @Override
    public Problem problem() {
        return Problem.of(404, "not-found", "Not Found", getMessage());
    }
}
