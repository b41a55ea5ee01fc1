package dev.greenlight.drift;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The Kolmogorov-Smirnov statistic {@code max |F_ref - F_cur|} between two weighted samples (the values a KLL
 * sketch retains with their weights), evaluated at every retained value. Each sketch's ECDF is within its rank
 * error of the data's, so the result is within the sum of the two errors of the exact statistic.
 */
final class SketchKs {
    private SketchKs() {
    }

    static double statistic(double[][] reference, double[][] current) {
        double[] rv = reference[0];
        double[] rw = reference[1];
        double[] cv = current[0];
        double[] cw = current[1];
        Integer[] ri = order(rv);
        Integer[] ci = order(cv);
        double rTotal = Arrays.stream(rw).sum();
        double cTotal = Arrays.stream(cw).sum();
        double rCum = 0;
        double cCum = 0;
        double d = 0;
        int i = 0;
        int j = 0;
        while (i < ri.length || j < ci.length) {
            double x = Math.min(i < ri.length ? rv[ri[i]] : Double.POSITIVE_INFINITY,
                    j < ci.length ? cv[ci[j]] : Double.POSITIVE_INFINITY);
            while (i < ri.length && rv[ri[i]] == x) {
                rCum += rw[ri[i++]];
            }
            while (j < ci.length && cv[ci[j]] == x) {
                cCum += cw[ci[j++]];
            }
            d = Math.max(d, Math.abs(rCum / rTotal - cCum / cTotal));
        }
        return d;
    }

    private static Integer[] order(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(k -> v[k]));
        return idx;
    }
}
