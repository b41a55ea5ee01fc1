package dev.greenlight.monitor;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Isotonic regression of the outcome on the score, scikit-learn's {@code IsotonicRegression(out_of_bounds="clip")}:
 * the pool-adjacent-violators fit on the distinct scores (tied scores averaged first), predicted by linear
 * interpolation between the fitted points and clipped outside them. NannyML's CBPE calibrates with it.
 */
final class IsotonicCalibration {
    private final double[] x;
    private final double[] y;

    private IsotonicCalibration(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /** Fits {@code outcome} (0 or 1) on {@code score}. */
    static IsotonicCalibration fit(double[] score, double[] outcome) {
        int n = score.length;
        dev.greenlight.metrics.ScoreOrder order = dev.greenlight.metrics.ScoreOrder.of(score);
        double[] ux = new double[n];
        double[] uy = new double[n];
        double[] uw = new double[n];
        int m = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            double sum = 0;
            while (j < n && order.score(j) == order.score(i)) {
                sum += outcome[order.row(j)];
                j++;
            }
            ux[m] = order.score(i);
            uw[m] = j - i;
            uy[m] = sum / (j - i);
            m++;
            i = j;
        }
        // pool adjacent violators over blocks
        double[] bv = new double[m];
        double[] bw = new double[m];
        int[] bEnd = new int[m];
        int b = 0;
        for (int i = 0; i < m; i++) {
            bv[b] = uy[i];
            bw[b] = uw[i];
            bEnd[b] = i;
            while (b > 0 && bv[b - 1] > bv[b]) {
                double w = bw[b - 1] + bw[b];
                bv[b - 1] = (bv[b - 1] * bw[b - 1] + bv[b] * bw[b]) / w;
                bw[b - 1] = w;
                bEnd[b - 1] = bEnd[b];
                b--;
            }
            b++;
        }
        double[] fitted = new double[m];
        int start = 0;
        for (int k = 0; k < b; k++) {
            for (int i = start; i <= bEnd[k]; i++) {
                fitted[i] = bv[k];
            }
            start = bEnd[k] + 1;
        }
        return new IsotonicCalibration(Arrays.copyOf(ux, m), fitted);
    }

    double apply(double s) {
        if (s <= x[0]) {
            return y[0];
        }
        if (s >= x[x.length - 1]) {
            return y[y.length - 1];
        }
        int i = Arrays.binarySearch(x, s);
        if (i >= 0) {
            return y[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (s - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + t * (y[hi] - y[lo]);
    }

    double[] apply(double[] s) {
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = apply(s[i]);
        }
        return out;
    }

    /**
     * Expected calibration error over 10 equal-width bins: the share-weighted mean of |mean score - mean outcome|
     * per bin (Naeini et al. 2015).
     */
    static double expectedCalibrationError(double[] p, double[] y) {
        int bins = 10;
        double[] sp = new double[bins];
        double[] sy = new double[bins];
        int[] cnt = new int[bins];
        for (int i = 0; i < p.length; i++) {
            int k = Math.min(bins - 1, (int) (p[i] * bins));
            sp[k] += p[i];
            sy[k] += y[i];
            cnt[k]++;
        }
        double ece = 0;
        for (int k = 0; k < bins; k++) {
            if (cnt[k] > 0) {
                ece += Math.abs(sp[k] - sy[k]) / p.length;
            }
        }
        return ece;
    }

    /**
     * NannyML's {@code needs_calibration} rule: calibrate when isotonic calibration, fitted out of fold (5 folds),
     * lowers the expected calibration error of the reference scores.
     */
    static boolean improves(double[] score, double[] outcome, long seed) {
        int n = score.length;
        if (n < 50) {
            return false;
        }
        int folds = 5;
        int[] fold = new int[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            fold[i] = r.nextInt(folds);
        }
        double[] cross = new double[n];
        for (int f = 0; f < folds; f++) {
            int inFold = 0;
            for (int v : fold) {
                inFold += v == f ? 1 : 0;
            }
            double[] ts = new double[n - inFold];
            double[] ty = new double[n - inFold];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    ts[k] = score[i];
                    ty[k++] = outcome[i];
                }
            }
            if (ts.length == 0) {
                return false;
            }
            IsotonicCalibration c = fit(ts, ty);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    cross[i] = c.apply(score[i]);
                }
            }
        }
        return expectedCalibrationError(cross, outcome) < expectedCalibrationError(score, outcome);
    }
}
