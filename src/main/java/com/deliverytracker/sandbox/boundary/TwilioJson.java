package com.deliverytracker.sandbox.boundary;

import com.deliverytracker.sandbox.entity.SandboxMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Twilio's JSON for the 2010-04-01 Messages API, field for field as in Twilio's OpenAPI description: snake
 * case, explicit nulls, numbers of segments and media as strings, and RFC 2822 dates (twilio-java reads
 * nothing else: other dates become null).
 */
final class TwilioJson {

    static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    private TwilioJson() {
    }

    static JsonObject message(SandboxMessage m, String accountSid) {
        String uri = messageUri(accountSid, m.sid());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("account_sid", accountSid)
                .add("api_version", "2010-04-01");
        text(json, "body", m.body());
        text(json, "date_created", date(m.createdAt()));
        text(json, "date_sent", date(m.sentAt()));
        text(json, "date_updated", date(m.updatedAt()));
        json.add("direction", m.direction());
        if (m.errorCode() == null) {
            json.addNull("error_code");
        } else {
            json.add("error_code", m.errorCode());
        }
        text(json, "error_message", m.errorMessage());
        text(json, "from", m.from());
        text(json, "messaging_service_sid", m.messagingServiceSid());
        json.add("num_media", String.valueOf(m.mediaUrls().size()))
                .add("num_segments", String.valueOf(m.numSegments()));
        text(json, "price", m.price());
        return json.add("price_unit", "USD")
                .add("sid", m.sid())
                .add("status", m.status())
                .add("subresource_uris", Json.createObjectBuilder()
                        .add("media", uri.replace(".json", "/Media.json"))
                        .add("feedback", uri.replace(".json", "/Feedback.json")))
                .add("to", m.to())
                .add("uri", uri)
                .build();
    }

    /** One page of a list; {@code uri(page)} is the page's own URI, with the query that produced it. */
    static JsonObject page(List<SandboxMessage> messages, boolean hasNext, int page, int pageSize,
                           java.util.function.IntFunction<String> uri, String accountSid) {
        var items = Json.createArrayBuilder();
        messages.forEach(m -> items.add(message(m, accountSid)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("end", page * pageSize + Math.max(0, messages.size() - 1))
                .add("first_page_uri", uri.apply(0))
                .add("messages", items)
                .add("page", page)
                .add("page_size", pageSize);
        text(json, "next_page_uri", hasNext ? uri.apply(page + 1) : null);
        text(json, "previous_page_uri", page > 0 ? uri.apply(page - 1) : null);
        return json.add("start", page * pageSize)
                .add("uri", uri.apply(page))
                .build();
    }

    static JsonObject feedback(SandboxMessage m, String accountSid) {
        String date = date(m.updatedAt());
        return Json.createObjectBuilder()
                .add("account_sid", accountSid)
                .add("message_sid", m.sid())
                .add("outcome", m.feedbackOutcome())
                .add("date_created", date)
                .add("date_updated", date)
                .add("uri", messageUri(accountSid, m.sid()).replace(".json", "/Feedback.json"))
                .build();
    }

    /** Twilio's error JSON, which twilio-java turns into an ApiException with this code and status. */
    static JsonObject error(int code, String message, int status) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("message", message)
                .add("more_info", "https://www.twilio.com/docs/errors/" + code)
                .add("status", status)
                .build();
    }

    static String messagesUri(String accountSid) {
        return "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
    }

    private static String messageUri(String accountSid, String sid) {
        return "/2010-04-01/Accounts/" + accountSid + "/Messages/" + sid + ".json";
    }

    private static String date(LocalDateTime time) {
        return time == null ? null : RFC_2822.format(time.atOffset(ZoneOffset.UTC));
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
