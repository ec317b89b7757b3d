package com.deliverytracker.platform;

import java.util.List;

public class InvalidQueryException extends ProblemException {

    private final String parameter;

    public InvalidQueryException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    @Override
    public Problem problem() {
        return Problem.of(400, "validation", "Invalid request", "The parameter '" + parameter + "' is invalid.")
                .withErrors(List.of(new Problem.FieldError(parameter, getMessage())));
    }
}
