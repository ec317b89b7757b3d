package com.deliverytracker.platform;

/**
 * The root of our business exceptions: unchecked, and carrying the problem detail the caller sees.
 */
public abstract class ProblemException extends RuntimeException {

    protected ProblemException(String detail) {
        super(detail);
    }

    public abstract Problem problem();
}
