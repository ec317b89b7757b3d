package com.deliverytracker.messages.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code {"outcome": "confirmed" | "unconfirmed"}}. */
public class FeedbackRequest {

    @NotNull(message = "is required: confirmed or unconfirmed")
    @Pattern(regexp = "confirmed|unconfirmed", message = "must be confirmed or unconfirmed")
    public String outcome;
}
