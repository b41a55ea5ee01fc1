package dev.greenlight.model.bench;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of call latencies, in milliseconds, from an HdrHistogram recorded in nanoseconds with three
 * significant digits (so each percentile is within 0.1% of the exact order statistic).
 *
 * @param count calls recorded
 */
public record LatencySummary(double p50, double p90, double p99, double p999, double max, double mean, long count) {

    private static final double NANOS_PER_MS = 1e6;

    public static LatencySummary of(Histogram h) {
        return new LatencySummary(ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()),
                h.getMean() / NANOS_PER_MS, h.getTotalCount());
    }

    private static double ms(long nanos) {
        return nanos / NANOS_PER_MS;
    }
}
