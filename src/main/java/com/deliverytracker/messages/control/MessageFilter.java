package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.Direction;
import com.deliverytracker.messages.entity.MessageStatus;
import java.time.LocalDateTime;
import java.util.Optional;

/** A validated list query. */
public record MessageFilter(Optional<MessageStatus> status, Optional<Direction> direction, Optional<String> to,
                            Optional<LocalDateTime> since, int limit, Optional<PageCursor> cursor) {
}
