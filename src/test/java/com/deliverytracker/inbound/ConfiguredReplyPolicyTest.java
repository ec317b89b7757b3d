package com.deliverytracker.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredReplyPolicyTest {

    @Test
    void keywordsAreMatchedInUpperCase() {
        assertEquals(Map.of("HELP", "Reply STOP to opt out.", "HOURS", "9 to 5"),
                ConfiguredReplyPolicy.parse("{\"help\": \"Reply STOP to opt out.\", \"Hours\": \"9 to 5\", \"n\": 1}"));
    }

    @Test
    void malformedRulesAreIgnored() {
        assertEquals(Map.of(), ConfiguredReplyPolicy.parse("HELP=text"));
        assertEquals(Map.of(), ConfiguredReplyPolicy.parse("[\"HELP\"]"));
    }
}
