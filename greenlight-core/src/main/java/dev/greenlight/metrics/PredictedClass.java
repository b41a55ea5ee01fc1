package dev.greenlight.metrics;

/**
 * The class a classifier predicts from its scores: the first class of highest probability ({@code numpy.argmax},
 * so ties go to the first in label order), or, for a binary classifier, the positive class when its score reaches
 * the threshold ({@code score >= threshold}, scikit-learn's {@code predict} at 0.5).
 */
public final class PredictedClass {
    private PredictedClass() {
    }

    /** The index of the first largest value, as {@code numpy.argmax}. */
    public static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The first class of highest probability in row {@code row} of column-major {@code [class][row]} values. */
    public static int argmax(double[][] probabilities, int row) {
        int best = 0;
        double max = probabilities[0][row];
        for (int k = 1; k < probabilities.length; k++) {
            if (probabilities[k][row] > max) {
                max = probabilities[k][row];
                best = k;
            }
        }
        return best;
    }

    /** {@link #argmax(double[][], int)} for every row. */
    public static int[] argmax(double[][] probabilities) {
        int[] out = new int[probabilities[0].length];
        for (int i = 0; i < out.length; i++) {
            out[i] = argmax(probabilities, i);
        }
        return out;
    }

    /**
     * Binary: {@code positive} where the score is at least {@code threshold}, the other class (of two) elsewhere.
     */
    public static int[] atThreshold(double[] scores, int positive, double threshold) {
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i] >= threshold ? positive : 1 - positive;
        }
        return out;
    }
}
