package dev.greenlight.metrics;

/** The most probable class of a row of column-major probabilities, and its probability (the confidence). */
final class TopLabel {
    private TopLabel() {
    }

    /** The first class of highest probability in row {@code i}, as {@code numpy.argmax}. */
    static int argmax(double[][] probabilities, int i) {
        int best = 0;
        double max = probabilities[0][i];
        for (int k = 1; k < probabilities.length; k++) {
            if (probabilities[k][i] > max) {
                max = probabilities[k][i];
                best = k;
            }
        }
        return best;
    }
}
