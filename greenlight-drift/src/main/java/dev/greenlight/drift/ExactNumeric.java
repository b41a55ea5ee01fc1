package dev.greenlight.drift;

import dev.greenlight.stats.SortedSample;

import java.util.Arrays;

/** The exact present values of a numeric column, sorted once for every test that runs on it. */
final class ExactNumeric implements NumericSample {
    private final SortedSample sorted;
    private final int n;
    private final double mean;
    private final double sd;

    ExactNumeric(double[] withMissing) {
        this(SortedSample.of(withMissing));
    }

    ExactNumeric(SortedSample sorted) {
        this.sorted = sorted;
        this.n = sorted.size();
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += sorted.get(i);
        }
        mean = n == 0 ? Double.NaN : s / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = sorted.get(i) - mean;
            ss += d * d;
        }
        sd = n == 0 ? Double.NaN : Math.sqrt(ss / n);
    }

    /**
     * Whether the values look like a row identifier: at least {@code 100} of them, all integers, no two equal.
     * Such a column differs between any two datasets by construction and says nothing about drift.
     */
    boolean looksLikeIdentifier() {
        if (n < 100) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            double v = sorted.get(i);
            if (v != Math.rint(v) || (i > 0 && v == sorted.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long size() {
        return n;
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double standardDeviation() {
        return sd;
    }

    @Override
    public SortedSample sorted() {
        return sorted;
    }

    @Override
    public double quantile(double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    @Override
    public double shareBelow(double x) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / n;
    }

    @Override
    public double[][] weightedValues() {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return new double[][] {sorted.toArray(), w};
    }

    @Override
    public double rankError() {
        return 0;
    }
}
