package dev.greenlight.metrics;

/**
 * The truth and the model's output for one evaluated dataset, in the form the metrics of a task family read.
 * Arrays are held, not copied: callers must not change them afterwards.
 */
public sealed interface Outcomes permits ClassificationOutcomes, RegressionOutcomes {

    /** Number of rows. */
    int size();

    /** Per-row sample weights, or {@code null} for unit weights. */
    double[] weights();

    /** A copy restricted to the given rows, in that order (used by resampling and slicing). */
    Outcomes select(int[] rows);
}
