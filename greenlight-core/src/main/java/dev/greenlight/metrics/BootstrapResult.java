package dev.greenlight.metrics;

/**
 * A bootstrap interval with its bookkeeping. Resamples on which the metric is undefined (say, a resample with one
 * class only) are left out of the percentiles, and counted here and in the interval's method text.
 *
 * @param interval             the percentile interval around the value on all rows
 * @param resamples            resamples drawn
 * @param undefinedResamples   resamples on which the metric was undefined
 * @param firstUndefinedReason the reason given for the first undefined resample, or {@code null}
 */
public record BootstrapResult(ConfidenceInterval interval, int resamples, int undefinedResamples,
                              String firstUndefinedReason) {
}
