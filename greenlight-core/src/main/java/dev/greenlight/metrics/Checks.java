package dev.greenlight.metrics;

/** Input checks shared by the metrics; each answers with a row index or a plain-words reason. */
final class Checks {
    private Checks() {
    }

    /** The first row whose value is NaN, or -1. */
    static int firstNaN(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Why probabilities cannot be used (NaN, or outside [0, 1]), or {@code null} when they can. */
    static String probabilityProblem(String what, double[] p) {
        for (int i = 0; i < p.length; i++) {
            double v = p[i];
            if (Double.isNaN(v)) {
                return what + " is NaN at row " + i;
            }
            if (v < 0.0 || v > 1.0) {
                return what + " is " + v + " at row " + i + ", outside [0, 1]";
            }
        }
        return null;
    }

    /** Why scores cannot be used (a NaN), or {@code null} when they can. */
    static String nanProblem(String what, double[] values) {
        int nan = firstNaN(values);
        return nan < 0 ? null : what + " is NaN at row " + nan;
    }

    /** The weight of a row: 1 without weights. */
    static double weight(double[] weights, int row) {
        return weights == null ? 1.0 : weights[row];
    }

    /** The weight of a row in a resample: its sample weight times its multiplicity (either may be null). */
    static double weight(double[] weights, int[] multiplicities, int row) {
        double w = weights == null ? 1.0 : weights[row];
        return multiplicities == null ? w : w * multiplicities[row];
    }

    /** Sum of the weights of {@code n} rows ({@code n} without weights). */
    static double totalWeight(double[] weights, int n) {
        if (weights == null) {
            return n;
        }
        double sum = 0.0;
        for (double w : weights) {
            sum += w;
        }
        return sum;
    }
}
