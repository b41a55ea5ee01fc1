package dev.greenlight.stats;

/**
 * The alternative hypothesis of a two-sample test, with scipy's meaning for the sample order
 * {@code (x, y)}.
 */
public enum Alternative {
    /** The distributions of x and y differ. */
    TWO_SIDED,
    /**
     * x is stochastically smaller than y. For Kolmogorov-Smirnov this is scipy's {@code 'less'}: the statistic
     * is {@code max(F_y - F_x)}, the largest amount by which the ECDF of x lies below that of y.
     */
    LESS,
    /**
     * x is stochastically larger than y. For Kolmogorov-Smirnov: the statistic is {@code max(F_x - F_y)}.
     */
    GREATER
}
