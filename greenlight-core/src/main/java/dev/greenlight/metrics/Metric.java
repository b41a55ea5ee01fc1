package dev.greenlight.metrics;

/**
 * A named scalar metric over the outcomes of one task family. Names follow scikit-learn ({@code roc_auc},
 * {@code f1_macro}, {@code rmse}, ...).
 *
 * @param <O> the outcomes it reads
 */
public interface Metric<O extends Outcomes> {

    /** The stable key, as written in configuration files and reports. */
    String name();

    /** One line on what it measures and which reference defines it. */
    String description();

    Direction direction();

    /** Whether it needs scores/probabilities rather than predicted labels. */
    boolean needsScores();

    /** Computes the metric; an undefined value carries its reason instead of throwing. */
    MetricValue compute(O outcomes);
}
