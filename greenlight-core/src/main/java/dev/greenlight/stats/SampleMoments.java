package dev.greenlight.stats;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;

/**
 * The mean, and the sample variance and standard deviation (denominator {@code n - 1}: numpy's {@code ddof=1},
 * pandas' and R's default), of values without missing entries, computed by Apache Commons Statistics' descriptive
 * statistics. Where a sample is too small for the figure to exist, the result is NaN: the mean of no values, the
 * variance of fewer than two (Commons gives 0 for one value, which would read as "no spread" where none was
 * measured).
 */
public final class SampleMoments {
    private SampleMoments() {
    }

    /** The arithmetic mean; NaN for no values. */
    public static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Mean.of(values).getAsDouble();
    }

    /** The sample variance (denominator {@code n - 1}); NaN for fewer than two values. */
    public static double variance(double[] values) {
        return values.length < 2 ? Double.NaN : Variance.of(values).getAsDouble();
    }

    /** The square root of {@link #variance}; NaN for fewer than two values. */
    public static double standardDeviation(double[] values) {
        return Math.sqrt(variance(values));
    }
}
