package com.deliverytracker.insights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void theHistogramCountsEachTimeAndBucketInTheBarBelowItsUpperBound() {
        DeliveryDistribution times = new DeliveryDistribution();
        times.addValue(999, 2);            // < 1 s
        times.addValue(1000, 1);           // 1-2 s
        times.addBucket(4900, 100, 3);     // 2-5 s, whole: its values stay below 5000
        times.addValue(5000, 1);           // 5-10 s
        times.addBucket(290_000, 10_000, 4); // 1-5 min
        times.addValue(300_000, 5);        // beyond 5 min

        assertArrayEquals(new long[] {2, 1, 3, 1, 0, 0, 4, 5}, times.histogram());
    }

    @Test
    void nothingHasNoPercentile() {
        assertNull(new DeliveryDistribution().percentile(0.5));
    }
}
