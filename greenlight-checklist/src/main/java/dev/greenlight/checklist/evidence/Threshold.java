package dev.greenlight.checklist.evidence;

import java.util.Objects;

/**
 * The threshold a condition applied to a figure: the figure passes when {@code value comparison threshold} holds.
 *
 * @param value      the threshold
 * @param comparison how the figure must compare with it
 * @param source     where the threshold came from: a configuration key ({@code checks.baseline.margin}), its default
 *                   ({@code default of checks.baseline.margin}), a goal ({@code goals[0]}), or a rule in words
 */
public record Threshold(double value, Comparison comparison, String source) {
    public Threshold {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(source, "source");
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("a threshold is a number, not NaN (" + source + ")");
        }
    }

    public static Threshold atMost(double value, String source) {
        return new Threshold(value, Comparison.AT_MOST, source);
    }

    public static Threshold atLeast(double value, String source) {
        return new Threshold(value, Comparison.AT_LEAST, source);
    }

    public static Threshold below(double value, String source) {
        return new Threshold(value, Comparison.BELOW, source);
    }

    public static Threshold above(double value, String source) {
        return new Threshold(value, Comparison.ABOVE, source);
    }

    /** Whether a figure meets the threshold. */
    public boolean holds(double figure) {
        return comparison.holds(figure, value);
    }
}
