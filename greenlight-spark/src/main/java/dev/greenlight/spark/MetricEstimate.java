package dev.greenlight.spark;

import dev.greenlight.metrics.MetricValue;

/**
 * A metric computed on Spark, with how it was computed.
 *
 * @param value      the metric, as the single-machine catalogue names and defines it
 * @param method     {@code exact} (from merged counts or sums, equal to the single-machine value up to the order
 *                   of floating-point additions), {@code sketch} (from merged KLL sketches) or {@code sorted}
 *                   (exact, through a distributed sort)
 * @param errorBound the largest difference from the exact value the method allows, where one can be stated
 *                   (0 for exact methods; NaN when a sketch estimate has no closed-form bound)
 */
public record MetricEstimate(MetricValue value, String method, double errorBound) {
    public static final String EXACT = "exact";
    public static final String SKETCH = "sketch";
    public static final String SORTED = "sorted";

    static MetricEstimate exact(MetricValue v) {
        return new MetricEstimate(v, EXACT, 0.0);
    }

    public String name() {
        return value.metric();
    }
}
