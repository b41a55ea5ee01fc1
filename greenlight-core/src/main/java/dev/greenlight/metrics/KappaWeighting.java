package dev.greenlight.metrics;

/**
 * How Cohen's kappa weighs a disagreement between labels i and j (index distance in label order), as the
 * {@code weights} argument of {@code sklearn.metrics.cohen_kappa_score}.
 */
public enum KappaWeighting {
    /** Every disagreement weighs 1 (Cohen 1960). */
    NONE("cohen_kappa"),
    /** A disagreement weighs {@code |i - j|}: for ordinal labels. */
    LINEAR("cohen_kappa_linear"),
    /** A disagreement weighs {@code (i - j)^2} (Fleiss &amp; Cohen 1973). */
    QUADRATIC("cohen_kappa_quadratic");

    private final String metricName;

    KappaWeighting(String metricName) {
        this.metricName = metricName;
    }

    /** The name of the resulting metric value. */
    public String metricName() {
        return metricName;
    }

    /** The weight of a disagreement between label indices i and j. */
    double weight(int i, int j) {
        return switch (this) {
            case NONE -> i == j ? 0.0 : 1.0;
            case LINEAR -> Math.abs(i - j);
            case QUADRATIC -> (double) (i - j) * (i - j);
        };
    }
}
