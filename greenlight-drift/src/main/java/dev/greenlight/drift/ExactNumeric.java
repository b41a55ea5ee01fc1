package dev.greenlight.drift;

import dev.greenlight.stats.SortedSample;

import java.util.Arrays;

/** The exact present values of a numeric column, sorted once for every test that runs on it. */
final class ExactNumeric implements NumericSample {
    private final SortedSample sorted;
    private final double[] values;
    private final double mean;
    private final double sd;

    ExactNumeric(double[] withMissing) {
        this.sorted = SortedSample.of(withMissing);
        this.values = sorted.toArray();
        double s = 0;
        for (double v : values) {
            s += v;
        }
        mean = values.length == 0 ? Double.NaN : s / values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        sd = values.length == 0 ? Double.NaN : Math.sqrt(ss / values.length);
    }

    /**
     * Whether the values look like a row identifier: at least {@code 100} of them, all integers, no two equal.
     * Such a column differs between any two datasets by construction and says nothing about drift.
     */
    boolean looksLikeIdentifier() {
        if (values.length < 100) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i]) || (i > 0 && values[i] == values[i - 1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long size() {
        return values.length;
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
        double h = (values.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, values.length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }

    @Override
    public double shareBelow(double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / values.length;
    }

    @Override
    public double[][] weightedValues() {
        double[] w = new double[values.length];
        Arrays.fill(w, 1);
        return new double[][] {values, w};
    }

    @Override
    public double rankError() {
        return 0;
    }
}
