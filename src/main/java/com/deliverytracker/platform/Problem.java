package com.deliverytracker.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a relative URI documented in docs/api.md; the extension
 * members are present only where they apply.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "twilioCode", "messageId"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, Integer twilioCode, String messageId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem("/problems/" + slug, title, status, detail, null, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, twilioCode, messageId);
    }

    public Problem withMessage(String id) {
        return new Problem(type, title, status, detail, "/api/messages/" + id, errors, twilioCode, id);
    }

    public Problem withTwilioCode(Integer code) {
        return new Problem(type, title, status, detail, instance, errors, code, messageId);
    }
}
