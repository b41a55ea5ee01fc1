package dev.greenlight.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every metric of a task with the interval that fits it best: the Wilson score interval for the proportions
 * (accuracy; precision and recall of the positive class), DeLong's for a binary ROC AUC, and the seeded bootstrap for
 * the rest, and wherever the analytic interval is undefined (sample weights, fewer than two rows of a class).
 */
public final class MetricIntervals {
    /** The level reports use. */
    public static final double LEVEL = 0.95;
    /** The bootstrap seed reports use, so a report can be reproduced. */
    public static final long DEFAULT_SEED = 42;
    /** Metrics that repeat another for a binary task (scikit-learn gives the binary AUC for every average). */
    private static final Set<String> SAME_AS_ROC_AUC_WHEN_BINARY = Set.of("roc_auc_ovr_weighted", "roc_auc_ovo");
    /** Metrics of the positive class, which a multiclass task does not have. */
    private static final Set<String> BINARY_ONLY = Set.of("precision", "recall", "f1", "brier_score");

    private MetricIntervals() {
    }

    /**
     * The metrics that apply to the outcomes, in catalogue order: those whose inputs the outcomes have (scores for a
     * score metric, labels or scores for a label metric), without the positive-class metrics on a multiclass task
     * and the duplicate AUC averages on a binary one.
     */
    public static List<String> applicable(Task task, Outcomes outcomes) {
        List<String> out = new ArrayList<>();
        boolean binary = outcomes instanceof ClassificationOutcomes c && c.isBinary();
        for (String name : MetricCatalog.names(task)) {
            Metric<? extends Outcomes> m = MetricCatalog.find(task, name).orElseThrow();
            if (outcomes instanceof ClassificationOutcomes c) {
                if (m.needsScores() ? !c.hasScores() : c.predictions() == null) {
                    continue;
                }
                if (binary ? SAME_AS_ROC_AUC_WHEN_BINARY.contains(name) : BINARY_ONLY.contains(name)) {
                    continue;
                }
            }
            out.add(name);
        }
        return out;
    }

    /** Each applicable metric with its interval. */
    public static List<ConfidenceInterval> all(Task task, Outcomes outcomes, Bootstrap bootstrap, double level) {
        List<ConfidenceInterval> out = new ArrayList<>();
        for (String name : applicable(task, outcomes)) {
            out.add(of(task, name, outcomes, bootstrap, level));
        }
        return out;
    }

    /** The metric with its 95% interval, bootstrapping with 1,000 stratified resamples and seed 42 where needed. */
    public static ConfidenceInterval of(Task task, String name, Outcomes outcomes) {
        return of(task, name, outcomes, Bootstrap.seeded(DEFAULT_SEED), LEVEL);
    }

    /**
     * The metric with its interval; undefined (with the metric's reason) when the metric is. The bootstrap is used
     * where no analytic interval applies or the analytic one is undefined.
     */
    public static ConfidenceInterval of(Task task, String name, Outcomes outcomes, Bootstrap bootstrap,
                                        double level) {
        ConfidenceInterval analytic = analytic(name, outcomes, level);
        if (analytic != null && analytic.isDefined()) {
            return analytic;
        }
        Metric<? extends Outcomes> metric = MetricCatalog.find(task, name).orElseThrow();
        ConfidenceInterval ci = bootstrap.level(level).interval(metric, outcomes).interval();
        if (!ci.isDefined()) {
            MetricValue v = MetricCatalog.compute(task, name, outcomes);
            if (v.isDefined()) { // the value stands even when no interval does
                return new ConfidenceInterval(name, v.value(), Double.NaN, Double.NaN, level, ci.method(), ci.n(),
                        ci.undefinedReason());
            }
        }
        return ci;
    }

    private static ConfidenceInterval analytic(String name, Outcomes outcomes, double level) {
        if (!(outcomes instanceof ClassificationOutcomes c)) {
            return null;
        }
        return switch (name) {
            case "accuracy" -> WilsonInterval.accuracy(c, level);
            case "precision" -> c.isBinary() ? WilsonInterval.precision(c, level) : null;
            case "recall" -> c.isBinary() ? WilsonInterval.recall(c, level) : null;
            case "roc_auc" -> c.isBinary() ? DeLong.interval(c, level) : null;
            default -> null;
        };
    }
}
