package com.deliverytracker.errors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Twilio's messaging error codes, offline: {@code twilio/messaging-errors.json} in the WAR, built from
 * Twilio's catalogue by {@code src/build/extract-messaging-errors.py}. Read once at start.
 */
@ApplicationScoped
public class ErrorCatalogue {

    static final String RESOURCE = "/twilio/messaging-errors.json";
    private static final Logger LOG = Logger.getLogger(ErrorCatalogue.class.getName());

    private Map<Integer, TwilioError> errors = Map.of();

    @PostConstruct
    void load() {
        try (InputStream in = ErrorCatalogue.class.getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            Map<Integer, TwilioError> loaded = new HashMap<>();
            for (JsonValue value : reader.readArray()) {
                JsonObject entry = value.asJsonObject();
                int code = entry.getInt("code");
                loaded.put(code, new TwilioError(code, true, text(entry, "title"), text(entry, "description"),
                        text(entry, "causes"), text(entry, "solutions"), text(entry, "product"),
                        TwilioError.moreInfo(code)));
            }
            errors = Map.copyOf(loaded);
            LOG.fine(() -> errors.size() + " Twilio error codes loaded");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The code's entry, or an entry saying it is not in the catalogue (with Twilio's link). */
    public TwilioError explain(int code) {
        return find(code).orElseGet(() -> TwilioError.unknown(code));
    }

    public Optional<TwilioError> find(int code) {
        return Optional.ofNullable(errors.get(code));
    }

    private static String text(JsonObject entry, String name) {
        return entry.isNull(name) ? null : entry.getString(name);
    }
}
