package dev.greenlight.metrics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * How many labelled rows a metric needs, from the width of its interval at the current size. Every estimator here
 * has a standard error that shrinks as {@code 1/sqrt(n)}, so an interval of half-width {@code h} on {@code n} rows
 * implies a standard deviation per row of {@code sigma = h sqrt(n) / z}, with {@code z} the normal critical value of
 * the interval's level. Then:
 *
 * <ul>
 *   <li>to estimate the metric within {@code ± margin} at the same level: {@code n × (h / margin)^2} rows;</li>
 *   <li>to detect, in a monitoring window, a drop of {@code delta} from the known reference value with a one-sided
 *       test at level {@code alpha} and power {@code 1 - beta}: {@code ((z_(1-alpha) + z_(1-beta)) sigma / delta)^2}
 *       rows (the usual sample size of a one-sample z-test).</li>
 * </ul>
 *
 * Both are extrapolations: they assume the rows of the future look like these. Wilson and bootstrap intervals are
 * asymmetric near 0 and 1; the half-width used is half the interval's width.
 */
public final class SampleSize {
    private static final NormalDistribution N01 = NormalDistribution.of(0, 1);

    private SampleSize() {
    }

    /** Rows needed to estimate the metric within {@code ± margin}; NaN when the interval is undefined or empty. */
    public static double forMargin(ConfidenceInterval ci, double margin) {
        if (!ci.isDefined() || ci.width() <= 0 || margin <= 0) {
            return Double.NaN;
        }
        double half = ci.width() / 2;
        return Math.ceil(ci.n() * (half / margin) * (half / margin));
    }

    /**
     * Rows a monitoring window needs to detect a drop of {@code delta}, one-sided at {@code alpha} with the given
     * power; NaN when the interval is undefined or empty.
     */
    public static double toDetectDrop(ConfidenceInterval ci, double delta, double alpha, double power) {
        if (!ci.isDefined() || ci.width() <= 0 || delta <= 0) {
            return Double.NaN;
        }
        double sigma = (ci.width() / 2) * Math.sqrt(ci.n()) / StandardNormal.critical(ci.level());
        double z = N01.inverseSurvivalProbability(alpha) + N01.inverseCumulativeProbability(power);
        double n = z * sigma / delta;
        return Math.ceil(n * n);
    }
}
