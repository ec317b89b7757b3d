package com.deliverytracker.messages.boundary;

import com.deliverytracker.messages.control.SendCommand;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /api/messages. Addresses are E.164, optionally with a {@code whatsapp:} prefix. */
public class SendMessageRequest {

    public static final String ADDRESS = "^(whatsapp:)?\\+[1-9][0-9]{1,14}$";
    public static final String ADDRESS_MESSAGE = "must be an E.164 number such as +14155550123 (or whatsapp:+14155550123)";

    @NotNull(message = "is required")
    @Pattern(regexp = ADDRESS, message = ADDRESS_MESSAGE)
    public String to;

    @Size(max = 1600, message = "must be at most 1600 characters")
    public String body;

    @Size(max = 10, message = "may hold at most 10 URLs")
    public List<@NotNull(message = "must not be null") @HttpUrl String> mediaUrls;

    @Pattern(regexp = ADDRESS, message = ADDRESS_MESSAGE)
    public String from;

    @Pattern(regexp = "^MG[0-9a-fA-F]{32}$", message = "must be a Messaging Service SID (MG followed by 32 hex digits)")
    public String messagingServiceSid;

    public Boolean provideFeedback;

    @AssertTrue(message = "a body or at least one media URL is required")
    public boolean isContentPresent() {
        return hasBody() || (mediaUrls != null && !mediaUrls.isEmpty());
    }

    private boolean hasBody() {
        return body != null && !body.isBlank();
    }

    SendCommand toCommand() {
        return new SendCommand(to, hasBody() ? body : null, mediaUrls, from, messagingServiceSid,
                Boolean.TRUE.equals(provideFeedback));
    }
}
