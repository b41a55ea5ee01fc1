package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;

/**
 * Probability bins for calibration. Bin b holds p with {@code edges[b] < p <= edges[b+1]}, and p = 0 goes to bin 0
 * ({@code numpy.searchsorted(edges[1:-1], p)}, as scikit-learn's {@code calibration_curve}).
 */
final class Bins {
    private Bins() {
    }

    /** {@code numpy.linspace(0, 1, count + 1)}: {@code k * (1/count)}, the last edge exactly 1. */
    static double[] uniformEdges(int count) {
        if (count < 1) {
            throw new InvalidDataException("need at least one bin, got " + count);
        }
        double step = 1.0 / count;
        double[] edges = new double[count + 1];
        for (int k = 0; k < count; k++) {
            edges[k] = k * step;
        }
        edges[count] = 1.0;
        return edges;
    }

    /**
     * {@code numpy.percentile(p, linspace(0, 1, count + 1) * 100)}, the edges of scikit-learn's
     * {@code strategy='quantile'}.
     */
    static double[] quantileEdges(double[] p, int count) {
        double[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        double[] fractions = uniformEdges(count);
        double[] edges = new double[count + 1];
        for (int k = 0; k <= count; k++) {
            // numpy receives percent (fraction * 100) and divides by 100 again; keep both roundings
            edges[k] = Percentiles.linear(sorted, fractions[k] * 100.0 / 100.0);
        }
        return edges;
    }

    /** The bin of p: the number of inner edges strictly below p. */
    static int of(double[] edges, double p) {
        int lo = 1;
        int hi = edges.length - 1; // search inner edges edges[1 .. length-2]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
