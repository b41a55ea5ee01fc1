package dev.greenlight.metrics;

/**
 * DeLong's placement values of a binary score column (DeLong, DeLong &amp; Clarke-Pearson 1988), computed from one
 * sorted order as Sun &amp; Xu (2014) do with midranks: a positive row's placement is the share of negatives it
 * outscores (ties one half), a negative row's the share of positives that outscore it. Both kinds average to the AUC.
 */
final class Placements {
    final double[] value;
    final int positives;
    final int negatives;
    final double auc;

    private Placements(double[] value, int positives, int negatives, double auc) {
        this.value = value;
        this.positives = positives;
        this.negatives = negatives;
        this.auc = auc;
    }

    /** Placements of every row; {@code positives} or {@code negatives} may be 0 (then the AUC is NaN). */
    static Placements of(double[] scores, int[] yTrue, int positive) {
        ScoreOrder order = ScoreOrder.of(scores);
        int n = order.size();
        double[] run = new double[2];
        order.runWeights(0, n, yTrue, positive, null, null, run);
        int m = (int) run[0];
        int k = (int) run[1];
        double[] value = new double[n];
        double negativesBelow = 0.0;
        double positivesBelow = 0.0;
        double sum = 0.0;
        for (int start = 0; start < n; ) {
            int end = order.runEnd(start);
            order.runWeights(start, end, yTrue, positive, null, null, run);
            double positiveValue = (negativesBelow + 0.5 * run[1]) / k;
            double negativeValue = (m - positivesBelow - 0.5 * run[0]) / m;
            for (int j = start; j < end; j++) {
                int r = order.row(j);
                value[r] = yTrue[r] == positive ? positiveValue : negativeValue;
            }
            sum += run[0] * positiveValue;
            negativesBelow += run[1];
            positivesBelow += run[0];
            start = end;
        }
        return new Placements(value, m, k, m > 0 && k > 0 ? sum / m : Double.NaN);
    }

    /**
     * The sample covariance (divisor count - 1) of two placement columns over the rows of one class, each centred on
     * its AUC.
     */
    static double covariance(Placements a, Placements b, int[] yTrue, int positive, boolean ofPositives) {
        double sum = 0.0;
        int count = 0;
        for (int r = 0; r < yTrue.length; r++) {
            if ((yTrue[r] == positive) == ofPositives) {
                sum += (a.value[r] - a.auc) * (b.value[r] - b.auc);
                count++;
            }
        }
        return sum / (count - 1);
    }
}
