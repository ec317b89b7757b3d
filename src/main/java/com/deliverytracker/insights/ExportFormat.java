package com.deliverytracker.insights;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    NDJSON("application/x-ndjson; charset=UTF-8");

    final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ExportFormat> fromWire(String value) {
        return Arrays.stream(values()).filter(f -> f.wireName().equals(value)).findFirst();
    }
}
