package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.Objects;

/**
 * A metric's value with an interval around it, or the reason there is none.
 *
 * @param metric          the metric's name, e.g. {@code roc_auc}, or a difference such as {@code roc_auc (a - b)}
 * @param value           the value on all rows; NaN when undefined
 * @param low             lower end; NaN when undefined
 * @param high            upper end; NaN when undefined
 * @param level           confidence level, e.g. 0.95
 * @param method          how the interval was made, in words ("Wilson score", "DeLong", "bootstrap percentile, 1000
 *                        stratified resamples, seed 42")
 * @param n               rows the value was computed on
 * @param undefinedReason why there is no interval, or {@code null}
 */
public record ConfidenceInterval(String metric, double value, double low, double high, double level, String method,
                                 int n, String undefinedReason) {

    public ConfidenceInterval {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(method, "method");
        requireLevel(level);
        if (undefinedReason == null && (Double.isNaN(value) || Double.isNaN(low) || Double.isNaN(high))) {
            throw new InvalidDataException(metric + ": NaN in an interval without a reason");
        }
    }

    public static ConfidenceInterval of(String metric, double value, double low, double high, double level,
                                        String method, int n) {
        return new ConfidenceInterval(metric, value, low, high, level, method, n, null);
    }

    public static ConfidenceInterval undefined(String metric, double level, String method, int n, String reason) {
        return new ConfidenceInterval(metric, Double.NaN, Double.NaN, Double.NaN, level, method, n,
                Objects.requireNonNull(reason, "reason"));
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }

    /** Whether {@code x} lies in {@code [low, high]} (false when undefined). */
    public boolean contains(double x) {
        return isDefined() && low <= x && x <= high;
    }

    /** {@code high - low}. */
    public double width() {
        return high - low;
    }

    static void requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new InvalidDataException("confidence level must be in (0, 1), got " + level);
        }
    }
}
