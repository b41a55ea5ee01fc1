package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;

/**
 * Jensen-Shannon distance between two discrete distributions (e.g. binned reference and current counts), as
 * scipy's {@code spatial.distance.jensenshannon(p, q, base)}: p and q are first normalised to sum 1, then with
 * {@code m = (p + q) / 2} the divergence is {@code JSD = (KL(p || m) + KL(q || m)) / 2} and the distance is
 * {@code sqrt(JSD)} (Endres and Schindelin 2003, "A new metric for probability distributions", IEEE Trans.
 * Inf. Theory 49(7)). Terms with {@code p_i = 0} contribute 0. With base 2 both lie in [0, 1]; with the natural
 * logarithm (the default) in [0, sqrt(ln 2)].
 */
public final class JensenShannon {
    private JensenShannon() {
    }

    /** Distance with natural logarithms. */
    public static double distance(double[] p, double[] q) {
        return Math.sqrt(divergenceInNats(p, q));
    }

    /** Divergence with natural logarithms (the squared {@link #distance(double[], double[])}). */
    public static double divergence(double[] p, double[] q) {
        return divergenceInNats(p, q);
    }

    /** Distance with logarithms to the given base (2 gives values in [0, 1]). */
    public static double distance(double[] p, double[] q, double base) {
        return Math.sqrt(divergence(p, q, base));
    }

    /**
     * The divergence (the squared distance) with logarithms to the given base.
     *
     * @throws InvalidDataException if p or q is null or empty, their lengths differ, an entry is negative,
     *                                  NaN or infinite, one of them sums to 0, or base is not a positive number
     *                                  other than 1
     */
    public static double divergence(double[] p, double[] q, double base) {
        if (!(base > 0) || base == 1 || Double.isInfinite(base)) {
            throw new InvalidDataException("base must be positive, finite and not 1, got " + base);
        }
        return divergenceInNats(p, q) / Math.log(base);
    }

    private static double divergenceInNats(double[] p, double[] q) {
        double pSum = Tables.requireNonNegativeVector(p, "p");
        double qSum = Tables.requireNonNegativeVector(q, "q");
        if (p.length != q.length) {
            throw new InvalidDataException("p has " + p.length + " entries but q has " + q.length);
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i] / pSum;
            double qi = q[i] / qSum;
            double mi = (pi + qi) / 2;
            sum += relativeEntropyTerm(pi, mi) + relativeEntropyTerm(qi, mi);
        }
        return Math.max(0, sum / 2);
    }

    private static double relativeEntropyTerm(double x, double y) {
        return x > 0 ? x * Math.log(x / y) : 0;
    }
}
