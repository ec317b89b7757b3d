package com.deliverytracker.messages.boundary;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemException;
import java.util.List;

public class InvalidQueryException extends ProblemException {

    private final String parameter;

    public InvalidQueryException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    @Override
    public Problem problem() {
        return Problem.of(400, "validation", "Invalid request", "The query parameter '" + parameter + "' is invalid.")
                .withErrors(List.of(new Problem.FieldError(parameter, getMessage())));
    }
}
