package com.deliverytracker.sandbox.control;

import java.util.Map;

/** A status callback the sandbox owes the tracker: the URL it was given, and Twilio's form fields. */
public record StatusCallbackRequest(String url, Map<String, String> params) {
}
