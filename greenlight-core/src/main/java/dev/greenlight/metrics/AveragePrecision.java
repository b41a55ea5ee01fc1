package dev.greenlight.metrics;

/**
 * Average precision, as {@code sklearn.metrics.average_precision_score}: {@code sum_n (R_n - R_(n-1)) * P_n} over
 * the distinct score thresholds taken from the highest down, with precision {@code P_n} and recall {@code R_n} of
 * "score at least threshold n", no interpolation. Sample weights weight the counts.
 *
 * <p>With no positive row, scikit-learn warns, sets recall to 1 and returns 0; so does this (it is a number by
 * convention, not an error). Multiclass: the macro average of the one-vs-rest values, as later scikit-learn versions
 * define it (1.2.1 raises; checked against the mean of its binary values per class), undefined when a class has no
 * rows in {@code y_true}. Undefined when a score is NaN.
 */
public final class AveragePrecision {
    private static final String NAME = "average_precision";

    private AveragePrecision() {
    }

    /**
     * Average precision of a sorted score column, rows weighted by {@code weights[r] * multiplicities[r]} (either
     * may be null).
     *
     * @return the average precision; 0 when the positive rows have no weight
     */
    public static double of(ScoreOrder order, int[] yTrue, int positive, double[] weights, int[] multiplicities) {
        int n = order.size();
        double[] run = new double[2];
        order.runWeights(0, n, yTrue, positive, weights, multiplicities, run);
        double positives = run[0];
        if (positives <= 0) {
            return 0.0;
        }
        double tp = 0.0;
        double fp = 0.0;
        double sum = 0.0;
        for (int end = n; end > 0; ) {
            int start = order.runStart(end);
            order.runWeights(start, end, yTrue, positive, weights, multiplicities, run);
            tp += run[0];
            fp += run[1];
            if (run[0] != 0.0) {
                sum += run[0] * (tp / (tp + fp)); // recall step run[0] / positives, times the precision here
            }
            end = start;
        }
        return sum / positives;
    }

    /** Average precision of the outcomes: binary, of the positive class; multiclass, one-vs-rest macro average. */
    public static MetricValue of(ClassificationOutcomes o) {
        String problem = RocAuc.scoreProblem(o);
        if (problem != null) {
            return MetricValue.undefined(NAME, o.size(), "average precision is undefined: " + problem);
        }
        if (o.isBinary()) {
            double[] scores = o.scoresOf(o.positive());
            return MetricValue.of(NAME, of(ScoreOrder.of(scores), o.yTrue(), o.positive(), o.weights(), null),
                    o.size());
        }
        double sum = 0.0;
        for (int k = 0; k < o.classCount(); k++) {
            if (!present(o.yTrue(), k)) {
                return MetricValue.undefined(NAME, o.size(), "average precision is undefined: class '"
                        + o.labels().get(k) + "' has no rows in y_true");
            }
            sum += of(ScoreOrder.of(o.scoresOf(k)), o.yTrue(), k, o.weights(), null);
        }
        return MetricValue.of(NAME, sum / o.classCount(), o.size());
    }

    private static boolean present(int[] y, int k) {
        for (int v : y) {
            if (v == k) {
                return true;
            }
        }
        return false;
    }
}
