package dev.greenlight.diagnose;

/**
 * One metric value with its interval and where it came from.
 *
 * @param value  the metric
 * @param low    lower end of its 95% interval (NaN when none)
 * @param high   upper end
 * @param rows   rows it was computed on
 * @param method the estimator and interval, e.g. {@code realized, DeLong} or {@code CBPE, sampling error}
 */
public record Figure(double value, double low, double high, int rows, String method) {
    /** The standard error implied by a 95% normal interval; NaN without an interval. */
    public double standardError() {
        return Double.isNaN(low) || Double.isNaN(high) ? Double.NaN : (high - low) / (2 * Diagnoser.Z95);
    }
}
