package com.deliverytracker.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DeliveryDistributionTest {

    @Test
    void exactValuesGivePercentileContExactly() {
        DeliveryDistribution times = new DeliveryDistribution();
        times.addValue(300, 1);
        times.addValue(100, 1);
        times.addValue(200, 2);
        // sorted: 100 200 200 300; rank p*(n-1)
        assertEquals(200.0, times.percentile(0.5));
        assertEquals(270.0, times.percentile(0.9), 1e-9);
        assertEquals(297.0, times.percentile(0.99), 1e-9);
        assertEquals(100.0, times.percentile(0.0));
        assertEquals(300.0, times.percentile(1.0));
    }

    @Test
    void bucketsSpreadTheirValuesEvenlyAndMixWithExactOnes() {
        DeliveryDistribution times = new DeliveryDistribution();
        times.addBucket(1000, 100, 4);   // taken as 1012.5, 1037.5, 1062.5, 1087.5
        times.addValue(5000, 1);
        assertEquals(5, times.count());
        assertEquals(1062.5, times.percentile(0.5), 1e-9);
        assertEquals(5000.0, times.percentile(1.0));
    }

    @Test
    void nothingHasNoPercentile() {
        assertNull(new DeliveryDistribution().percentile(0.5));
    }
}
