package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.Objects;

/**
 * The value of one metric on one dataset, or the reason it is undefined (one class only, a zero denominator,
 * no scores). Never a silent NaN: {@link #isDefined()} is false exactly when {@link #undefinedReason()} is set.
 *
 * @param metric          the metric's name, e.g. {@code roc_auc}
 * @param value           the value; NaN when undefined
 * @param n               rows the value was computed on
 * @param undefinedReason why there is no value, or {@code null}
 */
public record MetricValue(String metric, double value, int n, String undefinedReason) {

    public MetricValue {
        Objects.requireNonNull(metric, "metric");
        if (undefinedReason == null && Double.isNaN(value)) {
            throw new InvalidDataException(metric + ": NaN value without a reason");
        }
    }

    public static MetricValue of(String metric, double value, int n) {
        return new MetricValue(metric, value, n, null);
    }

    public static MetricValue undefined(String metric, int n, String reason) {
        return new MetricValue(metric, Double.NaN, n, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }
}
