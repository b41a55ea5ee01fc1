package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;

/**
 * Calibration by bins of predicted probability: per bin the number of rows, their mean confidence and their
 * accuracy (the share of rows whose outcome happened), with the expected calibration error
 * {@code ECE = sum_b (n_b / N) |acc_b - conf_b|} (Naeini, Cooper &amp; Hauskrecht 2015; Guo et al. 2017) and the
 * maximum calibration error {@code MCE = max_b |acc_b - conf_b|}. Bin b holds p with
 * {@code edges[b] < p <= edges[b+1]}, p = 0 in bin 0; empty bins are skipped and have NaN means.
 *
 * <p>Binary: confidence = P(positive), outcome = the row is positive. Multiclass (top-label): confidence = the
 * highest probability, outcome = its class (first argmax) is the true class. With sample weights, counts stay row
 * counts while the shares and means are weighted.
 *
 * @param edges          bin edges, ascending, {@code bins + 1} of them
 * @param counts         rows per bin
 * @param weights        weight per bin (= counts without sample weights)
 * @param meanConfidence weighted mean confidence per bin, NaN when empty
 * @param accuracy       weighted share of outcomes per bin, NaN when empty
 * @param ece            expected calibration error
 * @param mce            maximum calibration error
 */
public record ReliabilityDiagram(double[] edges, long[] counts, double[] weights, double[] meanConfidence,
                                 double[] accuracy, double ece, double mce) {

    /** Ten equal-width bins, the usual choice and the catalogue's {@code ece}. */
    public static final int DEFAULT_BINS = 10;

    /**
     * The diagram of the outcomes' scores: binary, of P(positive); multiclass, top-label.
     *
     * @throws InvalidDataException without scores, without rows of positive weight, or with a probability that
     *                                  is NaN or outside [0, 1]
     */
    public static ReliabilityDiagram of(ClassificationOutcomes o, int bins) {
        if (!o.hasScores()) {
            throw new InvalidDataException("calibration needs scores or probabilities");
        }
        if (o.isBinary()) {
            return binary(o.scoresOf(o.positive()), o.yTrue(), o.positive(), o.weights(), Bins.uniformEdges(bins));
        }
        return topLabel(o.probabilities(), o.yTrue(), o.weights(), Bins.uniformEdges(bins));
    }

    /** Binary: confidence = {@code probability[i]}, outcome = {@code yTrue[i] == positive}. */
    public static ReliabilityDiagram binary(double[] probability, int[] yTrue, int positive, double[] sampleWeights,
                                            double[] edges) {
        boolean[] hit = new boolean[yTrue.length];
        for (int i = 0; i < hit.length; i++) {
            hit[i] = yTrue[i] == positive;
        }
        return of(probability, hit, sampleWeights, edges);
    }

    /** Top-label: confidence = the highest probability of the row, outcome = its class is the true one. */
    public static ReliabilityDiagram topLabel(double[][] probabilities, int[] yTrue, double[] sampleWeights,
                                              double[] edges) {
        int n = yTrue.length;
        double[] confidence = new double[n];
        boolean[] hit = new boolean[n];
        for (int i = 0; i < n; i++) {
            int top = PredictedClass.argmax(probabilities, i);
            confidence[i] = probabilities[top][i];
            hit[i] = top == yTrue[i];
        }
        return of(confidence, hit, sampleWeights, edges);
    }

    /** {@code count} equal-width bins over [0, 1] ({@code numpy.linspace(0, 1, count + 1)}). */
    public static double[] uniformEdges(int count) {
        return Bins.uniformEdges(count);
    }

    /** The general case: any confidence in [0, 1] and whether its event happened. */
    public static ReliabilityDiagram of(double[] confidence, boolean[] hit, double[] sampleWeights, double[] edges) {
        String problem = Checks.probabilityProblem("the probability", confidence);
        if (problem != null) {
            throw new InvalidDataException(problem);
        }
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        double[] weights = new double[bins];
        double[] confidenceSums = new double[bins];
        double[] hitSums = new double[bins];
        for (int i = 0; i < confidence.length; i++) {
            int b = Bins.of(edges, confidence[i]);
            double w = Checks.weight(sampleWeights, i);
            counts[b]++;
            weights[b] += w;
            confidenceSums[b] += w * confidence[i];
            if (hit[i]) {
                hitSums[b] += w;
            }
        }
        double total = 0.0;
        for (double w : weights) {
            total += w;
        }
        if (!(total > 0)) {
            throw new InvalidDataException("calibration needs rows with positive weight");
        }
        double[] meanConfidence = new double[bins];
        double[] accuracy = new double[bins];
        double ece = 0.0;
        double mce = 0.0;
        for (int b = 0; b < bins; b++) {
            if (counts[b] == 0 || weights[b] == 0.0) {
                meanConfidence[b] = Double.NaN;
                accuracy[b] = Double.NaN;
                continue;
            }
            meanConfidence[b] = confidenceSums[b] / weights[b];
            accuracy[b] = hitSums[b] / weights[b];
            double gap = Math.abs(accuracy[b] - meanConfidence[b]);
            ece += weights[b] / total * gap;
            mce = Math.max(mce, gap);
        }
        return new ReliabilityDiagram(edges.clone(), counts, weights, meanConfidence, accuracy, ece, mce);
    }
}
