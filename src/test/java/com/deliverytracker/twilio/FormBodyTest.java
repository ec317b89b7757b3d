package com.deliverytracker.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    @Test
    void decodesPlusesPercentEscapesAndEmptyValues() {
        assertEquals(Map.of("To", "+14155550123", "Body", "a b&c", "Empty", "", "Flag", ""),
                FormBody.parse("To=%2B14155550123&Body=a+b%26c&Empty=&Flag"));
    }

    @Test
    void firstValueOfARepeatedNameWins() {
        assertEquals("1", FormBody.parse("A=1&A=2").get("A"));
    }

    @Test
    void nothingIsEmpty() {
        assertEquals(Map.of(), FormBody.parse(null));
        assertEquals(Map.of(), FormBody.parse(""));
    }
}
