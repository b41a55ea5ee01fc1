package dev.greenlight.metrics;

/**
 * The points of a reliability curve, as {@code sklearn.calibration.calibration_curve(y_true, y_prob, n_bins,
 * strategy)}: for each non-empty bin, the share of positive rows ({@code prob_true}) and the mean predicted
 * probability ({@code prob_pred}); empty bins are left out. Bins as {@link ReliabilityDiagram} (right-closed, 0 in
 * the first); {@code uniform} edges are {@code linspace(0, 1, n_bins + 1)}, {@code quantile} edges the
 * {@code numpy.percentile} of the probabilities at 0, 1/n_bins, ..., 1. Unweighted, as scikit-learn 1.2.
 *
 * @param probTrue share of positives per non-empty bin
 * @param probPred mean probability per non-empty bin
 * @param counts   rows per non-empty bin
 */
public record CalibrationCurve(double[] probTrue, double[] probPred, long[] counts) {

    /** Equal-width bins. */
    public static CalibrationCurve uniform(double[] probability, int[] yTrue, int positive, int bins) {
        return of(probability, yTrue, positive, Bins.uniformEdges(bins));
    }

    /** Bins holding (about) equal numbers of rows. */
    public static CalibrationCurve quantile(double[] probability, int[] yTrue, int positive, int bins) {
        requireProbabilities(probability);
        if (probability.length == 0) {
            throw new IllegalArgumentException("calibration needs at least one row");
        }
        return of(probability, yTrue, positive, Bins.quantileEdges(probability, bins));
    }

    /**
     * Any bin edges (first and last are not used to assign bins).
     *
     * @throws IllegalArgumentException when a probability is NaN or outside [0, 1] (scikit-learn raises)
     */
    public static CalibrationCurve of(double[] probability, int[] yTrue, int positive, double[] edges) {
        requireProbabilities(probability);
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        double[] sums = new double[bins];
        double[] positives = new double[bins];
        for (int i = 0; i < probability.length; i++) {
            int b = Bins.of(edges, probability[i]);
            counts[b]++;
            sums[b] += probability[i];
            if (yTrue[i] == positive) {
                positives[b]++;
            }
        }
        int nonEmpty = 0;
        for (long c : counts) {
            if (c > 0) {
                nonEmpty++;
            }
        }
        double[] probTrue = new double[nonEmpty];
        double[] probPred = new double[nonEmpty];
        long[] kept = new long[nonEmpty];
        int j = 0;
        for (int b = 0; b < bins; b++) {
            if (counts[b] > 0) {
                probTrue[j] = positives[b] / counts[b];
                probPred[j] = sums[b] / counts[b];
                kept[j++] = counts[b];
            }
        }
        return new CalibrationCurve(probTrue, probPred, kept);
    }

    private static void requireProbabilities(double[] probability) {
        String problem = Checks.probabilityProblem("y_prob", probability);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
