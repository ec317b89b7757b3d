package com.deliverytracker.messages.control;

import com.deliverytracker.messages.entity.Message;
import java.util.List;
import java.util.Optional;

public record MessagePage(List<Message> items, Optional<PageCursor> next) {
}
