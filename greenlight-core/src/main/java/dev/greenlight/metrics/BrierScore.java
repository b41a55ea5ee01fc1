package dev.greenlight.metrics;

/**
 * Brier score, as {@code sklearn.metrics.brier_score_loss}: the (weighted) mean of {@code (y - p)^2} with
 * {@code y} = 1 for the positive class and {@code p} its predicted probability. Binary only (scikit-learn 1.2 has no
 * multiclass Brier score); undefined for multiclass outcomes, with no rows, with weights summing to zero and when a
 * probability is NaN or outside [0, 1] (scikit-learn raises).
 */
public final class BrierScore {
    private static final String NAME = "brier_score";

    private BrierScore() {
    }

    public static MetricValue of(ClassificationOutcomes o) {
        if (!o.isBinary()) {
            return MetricValue.undefined(NAME, o.size(), "the Brier score is defined for a binary task; this one has "
                    + o.classCount() + " classes");
        }
        if (!o.hasScores()) {
            return MetricValue.undefined(NAME, o.size(), "the Brier score is undefined: no scores were given");
        }
        double[] p = o.scoresOf(o.positive());
        String problem = Checks.probabilityProblem("y_prob", p);
        if (problem != null) {
            return MetricValue.undefined(NAME, o.size(), "the Brier score is undefined: " + problem);
        }
        double total = Checks.totalWeight(o.weights(), o.size());
        if (!(total > 0)) {
            return MetricValue.undefined(NAME, o.size(), "the Brier score is undefined: no rows with positive weight");
        }
        double sum = 0.0;
        for (int i = 0; i < p.length; i++) {
            double d = (o.isPositive(i) ? 1.0 : 0.0) - p[i];
            sum += Checks.weight(o.weights(), i) * d * d;
        }
        return MetricValue.of(NAME, sum / total, o.size());
    }
}
