package dev.greenlight.metrics;

import java.util.Optional;

/**
 * A metric evaluated on a bootstrap resample given as per-row multiplicities. ROC AUC and average precision of a
 * binary model reuse one sort of the scores (the multiplicities become weights); every other metric is computed on
 * the resampled rows.
 */
@FunctionalInterface
interface Replicate {

    MetricValue compute(int[] multiplicity);

    /** The fastest correct way to evaluate {@code metric} on resamples of {@code outcomes}. */
    @SuppressWarnings("unchecked")
    static Replicate of(Metric<? extends Outcomes> metric, Outcomes outcomes) {
        if (outcomes instanceof ClassificationOutcomes c && c.isBinary() && RocAuc.scoreProblem(c) == null) {
            if (is(metric, "roc_auc")) {
                return sorted(c, "roc_auc", (order, m) -> RocAuc.area(order, c.yTrue(), c.positive(), c.weights(), m));
            }
            if (is(metric, "average_precision")) {
                return sorted(c, "average_precision",
                        (order, m) -> AveragePrecision.of(order, c.yTrue(), c.positive(), c.weights(), m));
            }
        }
        Metric<Outcomes> general = (Metric<Outcomes>) metric;
        return m -> general.compute(outcomes.select(Resampler.expand(m)));
    }

    /** {@code a - b} on the same resample; undefined when either is. */
    static Replicate difference(String name, Replicate a, Replicate b) {
        return m -> {
            MetricValue va = a.compute(m);
            MetricValue vb = b.compute(m);
            if (!va.isDefined() || !vb.isDefined()) {
                String reason = !va.isDefined() ? va.undefinedReason() : vb.undefinedReason();
                return MetricValue.undefined(name, va.n(), reason);
            }
            return MetricValue.of(name, va.value() - vb.value(), va.n());
        };
    }

    private static boolean is(Metric<? extends Outcomes> metric, String name) {
        Optional<Metric<? extends Outcomes>> ours = MetricCatalog.find(Task.BINARY, name);
        return ours.isPresent() && ours.get() == metric;
    }

    /** A metric of a sorted score column with per-row multiplicities; NaN means undefined. */
    @FunctionalInterface
    interface OnOrder {
        double compute(ScoreOrder order, int[] multiplicity);
    }

    private static Replicate sorted(ClassificationOutcomes c, String name, OnOrder metric) {
        ScoreOrder order = ScoreOrder.of(c.scoresOf(c.positive()));
        return m -> {
            double v = metric.compute(order, m);
            return Double.isNaN(v) ? MetricValue.undefined(name, c.size(), "the resample has only one class")
                    : MetricValue.of(name, v, c.size());
        };
    }
}
