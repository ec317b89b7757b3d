package com.deliverytracker.messages.boundary;

import com.deliverytracker.messages.control.MessageFilter;
import com.deliverytracker.messages.control.PageCursor;
import com.deliverytracker.messages.entity.Direction;
import com.deliverytracker.messages.entity.MessageStatus;
import com.deliverytracker.platform.InvalidQueryException;
import com.deliverytracker.platform.QueryInstant;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;

/** The query parameters of GET /api/messages, turned into a {@link MessageFilter} or a 400. */
public class ListParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    @QueryParam("status")
    String status;

    @QueryParam("direction")
    String direction;

    @QueryParam("to")
    String to;

    @QueryParam("since")
    String since;

    @QueryParam("limit")
    String limit;

    @QueryParam("cursor")
    String cursor;

    MessageFilter toFilter() {
        return new MessageFilter(
                present(status).map(value -> MessageStatus.fromWireName(value).orElseThrow(
                        () -> new InvalidQueryException("status", "unknown status '" + value + "'"))),
                present(direction).map(value -> Direction.fromWireName(value).orElseThrow(
                        () -> new InvalidQueryException("direction", "must be inbound, outbound or reply"))),
                present(to).map(ListParameters::address),
                present(since).map(value -> QueryInstant.parse("since", value)),
                present(limit).map(ListParameters::limit).orElse(DEFAULT_LIMIT),
                present(cursor).map(value -> PageCursor.decode(value).orElseThrow(
                        () -> new InvalidQueryException("cursor", "not a cursor this API issued"))));
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String address(String value) {
        if (!value.matches(SendMessageRequest.ADDRESS)) {
            throw new InvalidQueryException("to", SendMessageRequest.ADDRESS_MESSAGE);
        }
        return value;
    }

    private static int limit(String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 1 && parsed <= MAX_LIMIT) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidQueryException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
