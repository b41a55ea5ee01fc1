package dev.greenlight.metrics;

/** How per-class precision, recall and F1 become one number (scikit-learn's {@code average}). */
public enum Averaging {
    /** Unweighted mean over the labels: every class counts the same. */
    MACRO,
    /** Counts pooled over the labels first; for single-label data precision = recall = F1 = accuracy. */
    MICRO,
    /** Mean over the labels weighted by their support (weighted count in y_true). */
    WEIGHTED
}
