package com.deliverytracker.sandbox.boundary;

import com.deliverytracker.messages.boundary.SendMessageRequest;
import com.deliverytracker.platform.ApiKeys;
import com.deliverytracker.platform.InvalidQueryException;
import com.deliverytracker.platform.PostOnlyServlet;
import com.deliverytracker.sandbox.control.InboundPlayer;
import com.deliverytracker.sandbox.control.TrafficBurst;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The sandbox's controls, with the REST API's keys: {@code POST /sandbox/burst?count=N} makes traffic,
 * {@code POST /sandbox/inbound} with {@code {"from", "body", "to"}} plays an SMS arriving at the tracker.
 */
@WebServlet(name = "SandboxControlServlet", urlPatterns = {"/sandbox/burst", "/sandbox/inbound"})
public class SandboxControlServlet extends PostOnlyServlet {

    private static final Pattern ADDRESS = Pattern.compile(SendMessageRequest.ADDRESS);
    private static final int MAX_BODY = 1600;

    @Inject
    ApiKeys keys;

    @Inject
    TrafficBurst bursts;

    @Inject
    InboundPlayer inbound;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (keys.clientOf(request.getHeader("Authorization")).isEmpty()) {
            response.setHeader("WWW-Authenticate", ApiKeys.CHALLENGE);
            problems.write(response, ApiKeys.unauthorized());
            return;
        }
        JsonObject answer;
        if ("/sandbox/burst".equals(request.getServletPath())) {
            TrafficBurst.Plan plan = bursts.start(count(request.getParameter("count")));
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            answer = Json.createObjectBuilder().add("count", plan.count()).add("inbound", plan.inbound()).build();
        } else {
            JsonObject asked = jsonBody(request);
            InboundPlayer.Played played = inbound.play(address(asked, "from", true), address(asked, "to", false),
                    body(asked));
            var replies = Json.createArrayBuilder();
            played.replies().forEach(reply -> replies.add(Json.createObjectBuilder()
                    .add("sid", reply.sid()).add("body", reply.body() == null ? "" : reply.body())));
            answer = Json.createObjectBuilder().add("sid", played.sid()).add("replies", replies).build();
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(answer.toString());
    }

    private static int count(String value) {
        try {
            int count = Integer.parseInt(value == null ? "" : value.trim());
            if (count >= 1 && count <= TrafficBurst.MAX_COUNT) {
                return count;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidQueryException("count", "must be a whole number from 1 to " + TrafficBurst.MAX_COUNT);
    }

    private static JsonObject jsonBody(HttpServletRequest request) throws IOException {
        try (JsonReader reader = Json.createReader(request.getReader())) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidQueryException("request", "must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidQueryException("request", "must be a JSON object: " + e.getMessage());
        }
    }

    private static String address(JsonObject json, String field, boolean required) {
        String value = text(json, field);
        if (value == null && !required) {
            return null;
        }
        if (value == null || !ADDRESS.matcher(value).matches()) {
            throw new InvalidQueryException(field, SendMessageRequest.ADDRESS_MESSAGE);
        }
        return value;
    }

    private static String body(JsonObject json) {
        String body = text(json, "body");
        if (body != null && body.length() > MAX_BODY) {
            throw new InvalidQueryException("body", "must be at most " + MAX_BODY + " characters");
        }
        return body == null ? "" : body;
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidQueryException(field, "must be a string");
        }
        return string.getString().isBlank() ? null : string.getString();
    }
}
