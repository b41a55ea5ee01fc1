package dev.greenlight.metrics;

/**
 * Log loss (cross-entropy), as {@code sklearn.metrics.log_loss} with {@code eps='auto'}: each probability is clipped
 * to {@code [eps, 1 - eps]} with {@code eps} = {@link #EPS} (the double machine epsilon), each row is renormalised
 * to sum 1, and the loss is the (weighted) mean of {@code -ln p(true class)}. Binary scores {@code s} stand for the
 * two columns {@code (1 - s, s)} after clipping, as scikit-learn builds them.
 *
 * <p>Undefined with no rows, weights summing to zero, or a NaN probability. One pass, one logarithm per row.
 */
public final class LogLoss {
    /** {@code numpy.finfo(float64).eps} = 2.220446049250313e-16. */
    public static final double EPS = Math.ulp(1.0);
    private static final String NAME = "log_loss";

    private LogLoss() {
    }

    /** Log loss of the outcomes' scores (binary) or probabilities (multiclass). */
    public static MetricValue of(ClassificationOutcomes o) {
        String problem = RocAuc.scoreProblem(o);
        if (problem != null) {
            return MetricValue.undefined(NAME, o.size(), "log loss is undefined: " + problem);
        }
        double total = Checks.totalWeight(o.weights(), o.size());
        if (!(total > 0)) {
            return MetricValue.undefined(NAME, o.size(), "log loss is undefined: no rows with positive weight");
        }
        double sum = o.isBinary() ? binarySum(o.scoresOf(o.positive()), o.yTrue(), o.positive(), o.weights())
                : multiclassSum(o.probabilities(), o.yTrue(), o.weights());
        return MetricValue.of(NAME, sum / total, o.size());
    }

    /** Sum over rows of {@code w_i * -ln p_i(true class)} for binary scores of the positive class. */
    static double binarySum(double[] scores, int[] yTrue, int positive, double[] weights) {
        double sum = 0.0;
        for (int i = 0; i < scores.length; i++) {
            double pos = clip(scores[i]);
            double neg = 1.0 - pos;
            double p = (yTrue[i] == positive ? pos : neg) / (neg + pos);
            sum -= Checks.weight(weights, i) * Math.log(p);
        }
        return sum;
    }

    /** Sum over rows of {@code w_i * -ln p_i(true class)} for column-major probabilities. */
    static double multiclassSum(double[][] probabilities, int[] yTrue, double[] weights) {
        int n = yTrue.length;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double rowSum = 0.0;
            for (double[] column : probabilities) {
                rowSum += clip(column[i]);
            }
            double p = clip(probabilities[yTrue[i]][i]) / rowSum;
            sum -= Checks.weight(weights, i) * Math.log(p);
        }
        return sum;
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPS), 1.0 - EPS);
    }
}
