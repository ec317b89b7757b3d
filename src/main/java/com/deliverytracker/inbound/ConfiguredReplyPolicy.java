package com.deliverytracker.inbound;

import com.deliverytracker.messages.entity.InboundMessage;
import com.deliverytracker.platform.TrackerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Keyword rules (INBOUND_KEYWORD_REPLIES) first, then INBOUND_AUTO_REPLY; with neither, no reply. */
@ApplicationScoped
public class ConfiguredReplyPolicy implements ReplyPolicy {

    private static final Logger LOG = Logger.getLogger(ConfiguredReplyPolicy.class.getName());

    @Inject
    TrackerConfig config;

    private Map<String, String> keywordReplies = Map.of();

    @PostConstruct
    void readRules() {
        keywordReplies = config.inboundKeywordReplies().map(ConfiguredReplyPolicy::parse).orElse(Map.of());
    }

    @Override
    public Optional<String> replyTo(InboundMessage message) {
        String rule = keywordReplies.get(message.keyword());
        return rule != null ? Optional.of(rule) : config.inboundAutoReply();
    }

    static Map<String, String> parse(String json) {
        Map<String, String> rules = new HashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((keyword, reply) -> {
                if (reply instanceof JsonString text) {
                    rules.put(keyword.trim().toUpperCase(Locale.ROOT), text.getString());
                }
            });
        } catch (JsonParsingException | ClassCastException e) {
            LOG.warning("INBOUND_KEYWORD_REPLIES is not a JSON object of keyword to text; keyword rules are off");
        }
        return Map.copyOf(rules);
    }
}
