package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;

/**
 * Distances between two discrete distributions given as counts or weights over the same bins (normalised to sum 1
 * first, as scipy's {@code jensenshannon} does):
 * <ul>
 *   <li>Hellinger: {@code H = sqrt(1/2 sum_i (sqrt(p_i) - sqrt(q_i))^2)}, in [0, 1] (Hellinger 1909; the form with
 *       the factor 1/2 that Evidently's {@code hellinger} stattest and NannyML's {@code hellinger} use);</li>
 *   <li>total variation: {@code TV = 1/2 sum_i |p_i - q_i|}, in [0, 1], the largest difference in probability the
 *       two distributions give one set of bins (Evidently's {@code TVD} statistic).</li>
 * </ul>
 */
public final class DiscreteDistances {
    private DiscreteDistances() {
    }

    /**
     * Hellinger distance.
     *
     * @throws InvalidDataException if p or q is null or empty, their lengths differ, an entry is negative, NaN or
     *                                  infinite, or one of them sums to 0
     */
    public static double hellinger(double[] p, double[] q) {
        double[][] pq = normalised(p, q);
        double s = 0;
        for (int i = 0; i < pq[0].length; i++) {
            double d = Math.sqrt(pq[0][i]) - Math.sqrt(pq[1][i]);
            s += d * d;
        }
        return Math.min(1, Math.sqrt(s / 2));
    }

    /**
     * Total variation distance.
     *
     * @throws InvalidDataException as {@link #hellinger}
     */
    public static double totalVariation(double[] p, double[] q) {
        double[][] pq = normalised(p, q);
        double s = 0;
        for (int i = 0; i < pq[0].length; i++) {
            s += Math.abs(pq[0][i] - pq[1][i]);
        }
        return Math.min(1, s / 2);
    }

    private static double[][] normalised(double[] p, double[] q) {
        Samples.requireNonNull(p, "p");
        Samples.requireNonNull(q, "q");
        if (p.length == 0 || p.length != q.length) {
            throw new InvalidDataException("p and q must be non-empty and of one length, got " + p.length
                    + " and " + q.length);
        }
        return new double[][] {shares(p, "p"), shares(q, "q")};
    }

    private static double[] shares(double[] v, String name) {
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= 0) || Double.isInfinite(v[i])) {
                throw new InvalidDataException(name + "[" + i + "] must be a finite number >= 0, got " + v[i]);
            }
            total += v[i];
        }
        if (total == 0) {
            throw new InvalidDataException(name + " sums to 0");
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / total;
        }
        return out;
    }
}
