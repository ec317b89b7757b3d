package com.deliverytracker.errors;

import com.deliverytracker.platform.InvalidQueryException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Explains a Twilio error code from the offline catalogue. */
@Path("errors")
@Produces(MediaType.APPLICATION_JSON)
public class ErrorsResource {

    @Inject
    ErrorCatalogue catalogue;

    @GET
    @Path("{code}")
    public TwilioError explain(@PathParam("code") String code) {
        int number;
        try {
            number = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("code", "must be a number, such as 30003");
        }
        return catalogue.find(number).orElseThrow(() -> new UnknownErrorCodeException(number));
    }
}
