package dev.greenlight.monitor;

import java.util.Arrays;

/**
 * Least-squares gradient boosting of depth-one trees (Friedman 2001) on quantile-binned inputs: the model of the
 * regression error that DLE learns on the reference. NannyML fits LightGBM there; stumps keep the model small,
 * deterministic and fast, and with 32 bins and 200 rounds they follow the error's dependence on each input (though
 * not interactions between inputs).
 */
final class BoostedStumps {
    static final int BINS = 32;
    static final int ROUNDS = 200;
    static final double LEARNING_RATE = 0.1;
    private static final int MIN_LEAF = 20;

    private final double[][] cuts;
    private final double[] fill;
    private final double base;
    private final int[] feature;
    private final int[] threshold;
    private final double[] left;
    private final double[] right;

    private BoostedStumps(double[][] cuts, double[] fill, double base, int[] feature, int[] threshold, double[] left,
                          double[] right) {
        this.cuts = cuts;
        this.fill = fill;
        this.base = base;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
    }

    /** Fits {@code y} on the inputs {@code x[feature][row]}; NaN inputs take the feature's median. */
    static BoostedStumps fit(double[][] x, double[] y) {
        int f = x.length;
        int n = y.length;
        double[][] cuts = new double[f][];
        double[] fill = new double[f];
        int[][] bins = new int[f][];
        for (int j = 0; j < f; j++) {
            double[] present = Arrays.stream(x[j]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            fill[j] = present.length == 0 ? 0 : present[present.length / 2];
            cuts[j] = cutPoints(present);
            bins[j] = new int[n];
            for (int i = 0; i < n; i++) {
                bins[j][i] = bin(cuts[j], Double.isNaN(x[j][i]) ? fill[j] : x[j][i]);
            }
        }
        double base = Arrays.stream(y).average().orElse(0);
        double[] pred = new double[n];
        Arrays.fill(pred, base);
        int[] feat = new int[ROUNDS];
        int[] thr = new int[ROUNDS];
        double[] lv = new double[ROUNDS];
        double[] rv = new double[ROUNDS];
        double[] sum = new double[BINS];
        int[] cnt = new int[BINS];
        int rounds = 0;
        for (int r = 0; r < ROUNDS; r++) {
            double[] resid = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                resid[i] = y[i] - pred[i];
                total += resid[i];
            }
            double bestGain = 0;
            int bf = -1;
            int bt = -1;
            double bl = 0;
            double br = 0;
            for (int j = 0; j < f; j++) {
                Arrays.fill(sum, 0);
                Arrays.fill(cnt, 0);
                for (int i = 0; i < n; i++) {
                    sum[bins[j][i]] += resid[i];
                    cnt[bins[j][i]]++;
                }
                double sl = 0;
                int nl = 0;
                for (int t = 0; t < cuts[j].length; t++) {
                    sl += sum[t];
                    nl += cnt[t];
                    int nr = n - nl;
                    if (nl < MIN_LEAF || nr < MIN_LEAF) {
                        continue;
                    }
                    double sr = total - sl;
                    double gain = sl * sl / nl + sr * sr / nr - total * total / n;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bf = j;
                        bt = t;
                        bl = sl / nl;
                        br = sr / nr;
                    }
                }
            }
            if (bf < 0) {
                break;
            }
            feat[rounds] = bf;
            thr[rounds] = bt;
            lv[rounds] = LEARNING_RATE * bl;
            rv[rounds] = LEARNING_RATE * br;
            for (int i = 0; i < n; i++) {
                pred[i] += bins[bf][i] <= bt ? lv[rounds] : rv[rounds];
            }
            rounds++;
        }
        return new BoostedStumps(cuts, fill, base, Arrays.copyOf(feat, rounds), Arrays.copyOf(thr, rounds),
                Arrays.copyOf(lv, rounds), Arrays.copyOf(rv, rounds));
    }

    /** Predictions for the inputs {@code x[feature][row]}. */
    double[] predict(double[][] x, int rows) {
        double[] out = new double[rows];
        Arrays.fill(out, base);
        int[][] bins = new int[x.length][];
        for (int j = 0; j < x.length; j++) {
            bins[j] = new int[rows];
            for (int i = 0; i < rows; i++) {
                bins[j][i] = bin(cuts[j], Double.isNaN(x[j][i]) ? fill[j] : x[j][i]);
            }
        }
        for (int r = 0; r < feature.length; r++) {
            int[] b = bins[feature[r]];
            for (int i = 0; i < rows; i++) {
                out[i] += b[i] <= threshold[r] ? left[r] : right[r];
            }
        }
        return out;
    }

    private static double[] cutPoints(double[] sorted) {
        if (sorted.length == 0) {
            return new double[0];
        }
        double[] c = new double[BINS - 1];
        int m = 0;
        for (int k = 1; k < BINS; k++) {
            double v = sorted[(int) ((long) (sorted.length - 1) * k / BINS)];
            if (m == 0 || v > c[m - 1]) {
                c[m++] = v;
            }
        }
        return Arrays.copyOf(c, m);
    }

    /** Index of the first cut point at or above v (values equal to a cut go left of it). */
    private static int bin(double[] cuts, double v) {
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cuts[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
