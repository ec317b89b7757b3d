package com.deliverytracker.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deliverytracker.messages.entity.Countries;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BurstTrafficTest {

    @Test
    void recipientsAreValidNumbersInEightCountriesWithAFewMagicRefusals() {
        Random random = new Random(3);
        Set<String> countries = new HashSet<>();
        int magic = 0;
        for (int i = 0; i < 10_000; i++) {
            String to = BurstTraffic.recipient(random);
            assertTrue(to.matches("^\\+[1-9][0-9]{1,14}$"), to);
            if (to.startsWith("+1500555")) {
                magic++;
            } else {
                countries.add(Countries.of(to).orElseThrow());
            }
        }
        assertEquals(8, countries.size(), countries.toString());
        assertEquals(0.035, magic / 10_000.0, 0.01);
    }

    @Test
    void textsFitTwilioAndSomeTakeTwoSegments() {
        Random random = new Random(5);
        Set<Integer> segments = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String text = BurstTraffic.text(random);
            assertTrue(text.length() <= 1600);
            segments.add(Segments.of(text));
        }
        assertEquals(Set.of(1, 2), segments);
    }
}
