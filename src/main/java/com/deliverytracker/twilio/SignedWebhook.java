package com.deliverytracker.twilio;

import java.util.Map;

/** A webhook whose signature checked out: its form-body parameters and its query parameters, kept apart. */
public record SignedWebhook(Map<String, String> body, Map<String, String> query) {

    public String param(String name) {
        String value = body.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
