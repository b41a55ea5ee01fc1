package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Two-sample test by the maximum mean discrepancy with a Gaussian (RBF) kernel (Gretton, Borgwardt, Rasch,
 * Schölkopf and Smola 2012, "A kernel two-sample test", JMLR 13):
 * <ul>
 *   <li>kernel {@code k(a, b) = exp(-(a - b)^2 / (2 sigma^2))}, with sigma the median of the distances between the
 *       pooled values (the median heuristic, section 8 of the paper); when that median is 0 (mostly tied values),
 *       the mean of the non-zero distances;</li>
 *   <li>statistic: the unbiased estimate {@code MMD^2_u} (eq. 3), the mean kernel within x and within y off the
 *       diagonal, less twice the mean kernel between them; it can be slightly negative;</li>
 *   <li>p-value: by permuting the pooled sample's labels {@code permutations} times with a seeded generator,
 *       {@code (1 + #{permuted >= observed}) / (1 + permutations)} (Phipson and Smyth 2010, "Permutation p-values
 *       should never be zero"), so the smallest p-value is {@code 1 / (1 + permutations)}.</li>
 * </ul>
 * Cost: O((m + n)^2) memory and time per permutation, so callers subsample large columns.
 */
public final class MaximumMeanDiscrepancy {
    private MaximumMeanDiscrepancy() {
    }

    /**
     * The test. NaN values are dropped.
     *
     * @throws InvalidDataException if a sample has fewer than 2 values, or permutations is below 1
     */
    public static MmdResult test(double[] x, double[] y, int permutations, long seed) {
        double[] a = Samples.withoutNaN(x);
        double[] b = Samples.withoutNaN(y);
        Samples.requireSize(a.length, 2, "x");
        Samples.requireSize(b.length, 2, "y");
        if (permutations < 1) {
            throw new InvalidDataException("permutations must be at least 1, got " + permutations);
        }
        int m = a.length;
        int total = m + b.length;
        double[] pooled = new double[total];
        System.arraycopy(a, 0, pooled, 0, m);
        System.arraycopy(b, 0, pooled, m, b.length);
        double sigma = bandwidth(pooled);
        if (sigma == 0) {
            return new MmdResult(0, 0, 1, permutations);
        }
        double[] k = new double[total * total];
        double scale = -1 / (2 * sigma * sigma);
        for (int i = 0; i < total; i++) {
            for (int j = i + 1; j < total; j++) {
                double d = pooled[i] - pooled[j];
                double v = Math.exp(d * d * scale);
                k[i * total + j] = v;
                k[j * total + i] = v;
            }
        }
        boolean[] inX = new boolean[total];
        for (int i = 0; i < m; i++) {
            inX[i] = true;
        }
        double observed = statistic(k, total, inX, m);
        SplittableRandom random = new SplittableRandom(seed);
        int atLeast = 0;
        int[] order = new int[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        for (int p = 0; p < permutations; p++) {
            for (int i = total - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            Arrays.fill(inX, false);
            for (int i = 0; i < m; i++) {
                inX[order[i]] = true;
            }
            atLeast += statistic(k, total, inX, m) >= observed ? 1 : 0;
        }
        return new MmdResult(observed, sigma, (1.0 + atLeast) / (1.0 + permutations), permutations);
    }

    /** {@code MMD^2_u} for the split {@code inX} of the pooled kernel matrix (zero diagonal). */
    private static double statistic(double[] k, int total, boolean[] inX, int m) {
        int n = total - m;
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int i = 0; i < total; i++) {
            boolean xi = inX[i];
            int row = i * total;
            for (int j = i + 1; j < total; j++) {
                double v = k[row + j];
                if (xi == inX[j]) {
                    if (xi) {
                        xx += v;
                    } else {
                        yy += v;
                    }
                } else {
                    xy += v;
                }
            }
        }
        return 2 * xx / ((double) m * (m - 1)) + 2 * yy / ((double) n * (n - 1)) - 2 * xy / ((double) m * n);
    }

    /** Median of the pairwise distances of the pooled values; the mean non-zero distance if that is 0. */
    static double bandwidth(double[] pooled) {
        int total = pooled.length;
        double[] d = new double[total * (total - 1) / 2];
        int c = 0;
        double sum = 0;
        int nonZero = 0;
        for (int i = 0; i < total; i++) {
            for (int j = i + 1; j < total; j++) {
                double v = Math.abs(pooled[i] - pooled[j]);
                d[c++] = v;
                if (v > 0) {
                    sum += v;
                    nonZero++;
                }
            }
        }
        Arrays.sort(d);
        double median = d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
        if (median > 0) {
            return median;
        }
        return nonZero == 0 ? 0 : sum / nonZero;
    }
}
