package com.deliverytracker.messages.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/** The position after the last message of a page, as an opaque URL-safe token. */
public record PageCursor(LocalDateTime createdAt, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<PageCursor> decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            LocalDateTime at = LocalDateTime.parse(text.substring(0, bar));
            return at.getYear() >= 1970 && at.getYear() <= 9999
                    ? Optional.of(new PageCursor(at, text.substring(bar + 1)))
                    : Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
