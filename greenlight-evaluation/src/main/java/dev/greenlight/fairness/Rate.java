package dev.greenlight.fairness;

import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.WilsonInterval;

/**
 * A rate on one group with its 95% Wilson score interval.
 *
 * @param value       the rate; NaN when its denominator is empty
 * @param low         interval's lower end; NaN when there is no interval (empty denominator, or weighted rows,
 *                    since Wilson counts rows)
 * @param high        interval's upper end; NaN likewise
 * @param denominator rows (or total weight) in the denominator
 */
public record Rate(double value, double low, double high, double denominator) {
    static final double LEVEL = 0.95;

    static Rate of(double successes, double trials, boolean weighted) {
        if (trials == 0) {
            return new Rate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        if (weighted) {
            return new Rate(successes / trials, Double.NaN, Double.NaN, trials);
        }
        ConfidenceInterval ci = WilsonInterval.of("rate", Math.round(successes), Math.round(trials), LEVEL);
        return new Rate(ci.value(), ci.low(), ci.high(), trials);
    }

    public boolean isDefined() {
        return !Double.isNaN(value);
    }

    public boolean hasInterval() {
        return !Double.isNaN(low);
    }
}
