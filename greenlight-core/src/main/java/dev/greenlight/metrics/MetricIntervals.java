package dev.greenlight.metrics;

/**
 * The confidence interval Greenlight reports for a metric: exact or analytic where one exists, a seeded bootstrap
 * otherwise.
 *
 * <ul>
 *   <li>{@code accuracy}, {@code precision}, {@code recall} of unweighted binary (accuracy: any) outcomes: the Wilson
 *       score interval of the proportion;</li>
 *   <li>{@code roc_auc} of unweighted binary outcomes: DeLong's interval;</li>
 *   <li>every other metric, and the above with sample weights: the percentile bootstrap ({@link Bootstrap}, 1,000
 *       resamples stratified by class, the given seed).</li>
 * </ul>
 */
public final class MetricIntervals {
    public static final double LEVEL = 0.95;
    public static final long DEFAULT_SEED = 42;

    private MetricIntervals() {
    }

    public static ConfidenceInterval of(Task task, String metric, Outcomes outcomes) {
        return of(task, metric, outcomes, DEFAULT_SEED);
    }

    public static ConfidenceInterval of(Task task, String metric, Outcomes outcomes, long seed) {
        if (outcomes instanceof ClassificationOutcomes c && c.weights() == null) {
            switch (metric) {
                case "accuracy" -> {
                    return WilsonInterval.accuracy(c, LEVEL);
                }
                case "precision", "recall" -> {
                    if (c.isBinary()) {
                        return metric.equals("precision") ? WilsonInterval.precision(c, LEVEL)
                                : WilsonInterval.recall(c, LEVEL);
                    }
                }
                case "roc_auc" -> {
                    if (c.isBinary()) {
                        return DeLong.interval(c, LEVEL);
                    }
                }
                default -> {
                    // the bootstrap below
                }
            }
        }
        Metric<? extends Outcomes> m = MetricCatalog.find(task, metric).orElseThrow(() ->
                new IllegalArgumentException("unknown metric '" + metric + "' for task " + task.key()));
        return Bootstrap.seeded(seed).level(LEVEL).interval(m, outcomes).interval();
    }
}
