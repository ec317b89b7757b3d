package com.deliverytracker.messages.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of messages; {@code next} is the cursor for the following page, null on the last. */
@JsonbNillable
@JsonbPropertyOrder({"items", "next"})
public record MessagePageJson(List<MessageJson> items, String next) {
}
