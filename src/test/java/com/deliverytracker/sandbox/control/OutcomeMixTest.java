package com.deliverytracker.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deliverytracker.sandbox.entity.SandboxOutcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutcomeMixTest {

    @Test
    void theDefaultMixIsMostlyDeliveredWithEveryKindOfTrouble() {
        Map<SandboxOutcome, Double> shares = OutcomeMix.parse(OutcomeMix.DEFAULT).shares();

        assertEquals(0.80, shares.get(SandboxOutcome.DELIVERED), 1e-9);
        assertEquals(SandboxOutcome.values().length, shares.size());
        assertEquals(1.0, shares.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void picksFollowTheWeights() {
        OutcomeMix mix = OutcomeMix.parse("delivered=70, 30003=20 ,callback-lost=10");
        Random random = new Random(42);
        Map<SandboxOutcome, Integer> picked = new EnumMap<>(SandboxOutcome.class);
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            picked.merge(mix.pick(random), 1, Integer::sum);
        }

        assertEquals(3, picked.size());
        assertEquals(0.70, picked.get(SandboxOutcome.DELIVERED) / (double) draws, 0.01);
        assertEquals(0.20, picked.get(SandboxOutcome.UNDELIVERED_30003) / (double) draws, 0.01);
        assertEquals(0.10, picked.get(SandboxOutcome.CALLBACK_LOST) / (double) draws, 0.01);
    }

    @Test
    void aZeroWeightNeverHappens() {
        OutcomeMix mix = OutcomeMix.parse("delivered=0,30008=1");
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            assertEquals(SandboxOutcome.FAILED_30008, mix.pick(random));
        }
    }

    @Test
    void aWrongSettingSaysWhatIsWrong() {
        assertTrue(refusal("delivered=80,30004=5").contains("'30004' is not an outcome"));
        assertTrue(refusal("delivered=many").contains("needs a weight"));
        assertTrue(refusal("delivered=-1").contains("needs a weight"));
        assertTrue(refusal("delivered").contains("needs a weight"));
        assertTrue(refusal("delivered=0").contains("no outcome has a weight above 0"));
        assertTrue(refusal("").contains("no outcome"));
    }

    private static String refusal(String setting) {
        return assertThrows(IllegalArgumentException.class, () -> OutcomeMix.parse(setting)).getMessage();
    }
}
