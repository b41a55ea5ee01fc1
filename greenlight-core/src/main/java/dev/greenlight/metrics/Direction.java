package dev.greenlight.metrics;

/** Whether a larger value of a metric is better (accuracy) or worse (log loss). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** True when {@code a} is strictly better than {@code b}. */
    public boolean better(double a, double b) {
        return this == HIGHER_IS_BETTER ? a > b : a < b;
    }

    /** {@code a - b} signed so that a positive number means {@code a} is better. */
    public double improvement(double a, double b) {
        return this == HIGHER_IS_BETTER ? a - b : b - a;
    }
}
