package com.deliverytracker.sandbox.control;

import com.deliverytracker.sandbox.entity.NewMessage;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Twilio refuses at create time, with its codes and wording, including its magic test numbers
 * (twilio.com/docs/iam/test-credentials): To +15005550001 invalid, +15005550009 not mobile, +15005550004
 * unsubscribed; From +15005550001 invalid, +15005550007 not ours, +15005550008 queue full.
 */
final class CreateRules {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");
    private static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$");
    private static final Pattern MESSAGING_SERVICE = Pattern.compile("^MG[0-9a-fA-F]{32}$");
    private static final int MAX_BODY = 1600;
    private static final int MAX_MEDIA = 10;

    /** A refusal Twilio gives: its code and its wording. */
    record Refusal(int code, String message) {

        TwilioApiError error() {
            return TwilioApiError.badRequest(code, message);
        }
    }

    static final Map<String, Refusal> MAGIC_TO = Map.of(
            "+15005550001", new Refusal(21211, "The 'To' number +15005550001 is not a valid phone number."),
            "+15005550009", new Refusal(21614, "The 'To' number +15005550009 is not a valid mobile number."),
            "+15005550004", new Refusal(21610, "Attempt to send to unsubscribed recipient"));
    private static final Map<String, Refusal> MAGIC_FROM = Map.of(
            "+15005550001", new Refusal(21212, "The 'From' number +15005550001 is not a valid phone number,"
                    + " shortcode, or alphanumeric sender ID."),
            "+15005550007", new Refusal(21606, "The From phone number +15005550007 is not a valid,"
                    + " SMS-capable inbound phone number or short code for your account."),
            "+15005550008", new Refusal(21611, "This 'From' number has exceeded the maximum number of"
                    + " queued messages"));
    /** What the sandbox's table keeps of a URL (V6): longer ones are refused, as Twilio refuses its own limits. */
    private static final int MAX_CALLBACK_URL = 2000;
    private static final int MAX_MEDIA_URL = 1000;

    private CreateRules() {
    }

    static void check(NewMessage message) {
        if (blank(message.to())) {
            throw TwilioApiError.badRequest(21604, "A 'To' phone number is required.");
        }
        String to = withoutChannel(message.to());
        if (!E164.matcher(to).matches()) {
            throw TwilioApiError.badRequest(21211, "The 'To' number " + message.to() + " is not a valid phone number.");
        }
        if (MAGIC_TO.containsKey(to)) {
            throw MAGIC_TO.get(to).error();
        }
        checkSender(message);
        boolean hasMedia = !message.mediaUrls().isEmpty();
        if (blank(message.body()) && !hasMedia) {
            throw TwilioApiError.badRequest(21602, "Message body is required.");
        }
        if (message.body() != null && message.body().length() > MAX_BODY) {
            throw TwilioApiError.badRequest(21617, "The concatenated message body exceeds the 1600 character limit.");
        }
        if (message.mediaUrls().size() > MAX_MEDIA) {
            throw TwilioApiError.badRequest(21623, "Too many media files: a message can have at most 10.");
        }
        message.mediaUrls().forEach(url -> requireHttpUrl(url, MAX_MEDIA_URL, 21620, "Media URL " + url
                + " is not a valid URL."));
        if (message.statusCallback() != null) {
            requireHttpUrl(message.statusCallback(), MAX_CALLBACK_URL, 21609, "The StatusCallback URL "
                    + message.statusCallback() + " is not a valid URL.");
        }
    }

    private static void checkSender(NewMessage message) {
        if (blank(message.from()) && blank(message.messagingServiceSid())) {
            throw TwilioApiError.badRequest(21603, "A 'From' phone number is required.");
        }
        if (!blank(message.messagingServiceSid()) && !MESSAGING_SERVICE.matcher(message.messagingServiceSid()).matches()) {
            throw TwilioApiError.badRequest(21701, "The Messaging Service Sid " + message.messagingServiceSid()
                    + " is invalid.");
        }
        if (blank(message.from())) {
            return;
        }
        String from = withoutChannel(message.from());
        if (!E164.matcher(from).matches() && !ALPHANUMERIC_SENDER.matcher(from).matches()) {
            throw TwilioApiError.badRequest(21212, "The 'From' number " + message.from()
                    + " is not a valid phone number, shortcode, or alphanumeric sender ID.");
        }
        if (MAGIC_FROM.containsKey(from)) {
            throw MAGIC_FROM.get(from).error();
        }
    }

    private static void requireHttpUrl(String url, int maxLength, int code, String message) {
        try {
            URI uri = new URI(url);
            if (url.length() <= maxLength && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw TwilioApiError.badRequest(code, message);
    }

    static String withoutChannel(String address) {
        return address.startsWith("whatsapp:") ? address.substring("whatsapp:".length()) : address;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
