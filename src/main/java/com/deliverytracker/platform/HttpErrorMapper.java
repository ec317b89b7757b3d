package com.deliverytracker.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods, wrong media types and the like, as problem details. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String slug = type == null ? "http-" + status : type.getReasonPhrase().toLowerCase().replace(' ', '-');
        Response.ResponseBuilder response = Response.fromResponse(original)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, slug, title, detailOf(exception, status)));
        return response.build();
    }

    private static String detailOf(WebApplicationException exception, int status) {
        if (status == 404) {
            return "No resource here: see docs/api.md for the API.";
        }
        if (status == 400 && exception.getCause() != null) {
            return "The request could not be read: " + exception.getCause().getClass().getSimpleName();
        }
        return exception.getMessage();
    }
}
