package com.deliverytracker.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Writes an export page by page as it is read, so a million messages take the memory of one page. CSV is
 * RFC 4180 with a header row; NDJSON is one JSON object per line. Times are UTC ISO-8601 instants, statuses
 * and directions their API names.
 */
@ApplicationScoped
public class MessageExport {

    static final int PAGE_SIZE = 1000;

    @Inject
    ExportQueries queries;

    void write(TimeRange range, ExportFormat format, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (format == ExportFormat.CSV) {
            writer.write(String.join(",", ExportQueries.COLUMNS));
            writer.write("\r\n");
        }
        LocalDateTime afterCreated = null;
        String afterId = null;
        while (true) {
            List<Object[]> page = queries.page(range.since(), range.until(), afterCreated, afterId, PAGE_SIZE);
            for (Object[] row : page) {
                if (format == ExportFormat.CSV) {
                    writeCsv(writer, row);
                } else {
                    writeJson(writer, row);
                }
            }
            if (page.size() < PAGE_SIZE) {
                break;
            }
            Object[] last = page.get(page.size() - 1);
            afterCreated = SqlTimes.localDateTime(last[12]);
            afterId = (String) last[0];
            writer.flush();
        }
        writer.flush();
    }

    private static void writeCsv(Writer writer, Object[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csv(text(i, row[i])));
        }
        writer.write("\r\n");
    }

    private static void writeJson(Writer writer, Object[] row) throws IOException {
        java.io.StringWriter line = new java.io.StringWriter();
        try (JsonGenerator json = Json.createGenerator(line)) {
            json.writeStartObject();
            for (int i = 0; i < row.length; i++) {
                String name = ExportQueries.COLUMNS.get(i);
                Object value = row[i];
                if (value == null) {
                    json.writeNull(name);
                } else if (value instanceof Number number) {
                    json.write(name, new BigDecimal(number.toString()));
                } else {
                    json.write(name, text(i, value));
                }
            }
            json.writeEnd();
        }
        writer.write(line.toString());
        writer.write('\n');
    }

    /** Column values as the API shows them: enum names in lower case, times as UTC instants. */
    private static String text(int column, Object value) {
        if (value == null) {
            return "";
        }
        if (SqlTimes.isTime(value)) {
            return SqlTimes.localDateTime(value).toInstant(ZoneOffset.UTC).toString();
        }
        String name = ExportQueries.COLUMNS.get(column);
        if (name.equals("status") || name.equals("direction") || name.equals("feedbackOutcome")) {
            return value.toString().toLowerCase(Locale.ROOT);
        }
        return value.toString();
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
