package com.deliverytracker.sandbox.control;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;

/** One burst at a time: a second would starve the first, and the sandbox's clock with them. */
public class BurstRunningException extends ProblemException {

    BurstRunningException(int left) {
        super("A burst is still sending (" + left + " messages to go); start the next one when it is done.");
    }

    @Override
    public Problem problem() {
        return Problem.of(409, "burst-running", "Burst running", getMessage());
    }
}
