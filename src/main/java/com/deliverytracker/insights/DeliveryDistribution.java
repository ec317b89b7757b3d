package com.deliverytracker.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Times to delivery, as exact values (from the messages themselves) and histogram buckets (from rolled-up
 * hours), and their percentiles by the rule of SQL's {@code percentile_cont}: the value at fractional rank
 * p × (n − 1), interpolated between the two closest ranks. With exact values only, the result is exactly
 * {@code percentile_cont}'s; inside a bucket, its values are taken as evenly spread over its width.
 */
final class DeliveryDistribution {

    /**
     * Upper bounds of the histogram's bars (the last bar has none). Each is a round number of the roll-up's
     * two-significant-digit buckets, so a bucket always falls in one bar whole.
     */
    static final long[] HISTOGRAM_BOUNDS_MS = {1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 300_000};

    private record Segment(double lower, double width, long count) {
    }

    private final List<Segment> segments = new ArrayList<>();
    private long count;

    void addValue(long millis, long times) {
        add(new Segment(millis, 0, times));
    }

    void addBucket(long lowerMillis, long widthMillis, long times) {
        add(new Segment(lowerMillis, widthMillis, times));
    }

    private void add(Segment segment) {
        if (segment.count() > 0) {
            segments.add(segment);
            count += segment.count();
        }
    }

    long count() {
        return count;
    }

    /** How many times fall below each of {@link #HISTOGRAM_BOUNDS_MS} (and not below the one before), then above all. */
    long[] histogram() {
        long[] bars = new long[HISTOGRAM_BOUNDS_MS.length + 1];
        for (Segment segment : segments) {
            int bar = 0;
            while (bar < HISTOGRAM_BOUNDS_MS.length && segment.lower() >= HISTOGRAM_BOUNDS_MS[bar]) {
                bar++;
            }
            bars[bar] += segment.count();
        }
        return bars;
    }

    /** The p-th percentile (0 ≤ p ≤ 1), or null when there is nothing. */
    Double percentile(double fraction) {
        if (count == 0) {
            return null;
        }
        segments.sort(Comparator.comparingDouble(Segment::lower).thenComparingDouble(Segment::width));
        double rank = fraction * (count - 1);
        long below = (long) Math.floor(rank);
        double lowerValue = valueAt(below);
        return lowerValue + (rank - below) * (valueAt(Math.min(count - 1, below + 1)) - lowerValue);
    }

    /** The value of the k-th smallest (0-based). */
    private double valueAt(long k) {
        long start = 0;
        for (Segment segment : segments) {
            if (k < start + segment.count()) {
                return segment.width() == 0 ? segment.lower()
                        : segment.lower() + segment.width() * (k - start + 0.5) / segment.count();
            }
            start += segment.count();
        }
        throw new IllegalStateException("rank " + k + " beyond " + count);
    }
}
