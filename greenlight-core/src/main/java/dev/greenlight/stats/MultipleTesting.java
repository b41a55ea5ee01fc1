package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import java.util.Arrays;

/**
 * Adjusted p-values for running many tests at once (one per column in a drift check). Entries that are NaN
 * stay NaN and do not count among the m tests.
 */
public final class MultipleTesting {
    private MultipleTesting() {
    }

    /**
     * Benjamini-Hochberg (1995) step-up adjustment controlling the false discovery rate, as statsmodels'
     * {@code multipletests(p, method='fdr_bh')}: with the m p-values sorted ascending,
     * {@code adj_(i) = min_{j >= i} min(1, m p_(j) / j)}, returned in the input order. Reject where
     * {@code adj <= alpha}.
     *
     * @throws InvalidDataException if p is null or an entry is outside [0, 1] (NaN aside)
     */
    public static double[] benjaminiHochberg(double[] p) {
        int[] order = validIndicesSortedByValue(p);
        int m = order.length;
        double[] adjusted = nanArray(p.length);
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int idx = order[rank - 1];
            // p / (rank / m) as statsmodels writes it: for rank = m this is exactly p, never a rounding below
            running = Math.min(running, p[idx] / ((double) rank / m));
            adjusted[idx] = running;
        }
        return adjusted;
    }

    /**
     * Bonferroni adjustment controlling the family-wise error rate: {@code min(1, m p)}.
     *
     * @throws InvalidDataException if p is null or an entry is outside [0, 1] (NaN aside)
     */
    public static double[] bonferroni(double[] p) {
        int m = validIndicesSortedByValue(p).length;
        double[] adjusted = nanArray(p.length);
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                adjusted[i] = Math.min(1, p[i] * m);
            }
        }
        return adjusted;
    }

    private static double[] nanArray(int length) {
        double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    /** Indices of the non-NaN p-values, ordered by p-value. */
    private static int[] validIndicesSortedByValue(double[] p) {
        Samples.requireNonNull(p, "p-values");
        int valid = 0;
        for (int i = 0; i < p.length; i++) {
            if (Double.isNaN(p[i])) {
                continue;
            }
            if (p[i] < 0 || p[i] > 1) {
                throw new InvalidDataException("p-value " + i + " is outside [0, 1]: " + p[i]);
            }
            valid++;
        }
        double[] keys = new double[valid];
        double[] index = new double[valid];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                keys[k] = p[i];
                index[k++] = i;
            }
        }
        PairSort.sort(keys, index);
        int[] out = new int[valid];
        for (int i = 0; i < valid; i++) {
            out[i] = (int) index[i];
        }
        return out;
    }
}
