package com.deliverytracker.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON or JSON of the wrong shape is the caller's error, not ours. */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return ProblemResponses.of(Problem.of(400, "malformed-json", "Malformed JSON",
                "The request body is not JSON of the expected shape."));
    }
}
