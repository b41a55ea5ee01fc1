package dev.greenlight.drift;

import java.util.Arrays;

/**
 * Bins of a numeric column for PSI and Jensen-Shannon: the inner edges are the reference's quantiles at
 * {@code 1/b, ..., (b-1)/b} (numpy's {@code quantile}, linear interpolation), repeated edges dropped, and the outer
 * edges are -Infinity and +Infinity so every value is counted. Value v is in bin i when
 * {@code e_i <= v < e_{i+1}}.
 */
final class ReferenceBins {
    private ReferenceBins() {
    }

    static double[] edges(NumericSample reference, int bins) {
        double[] edges = new double[bins + 1];
        int k = 0;
        edges[k++] = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < bins; i++) {
            double q = reference.quantile((double) i / bins);
            if (q > edges[k - 1]) {
                edges[k++] = q;
            }
        }
        edges[k++] = Double.POSITIVE_INFINITY;
        return Arrays.copyOf(edges, k);
    }

    /**
     * Reference and current counts per bin of a numeric column, or per category of a categorical one: the
     * discrete distributions PSI and Jensen-Shannon compare.
     */
    static long[][] countsOf(ColumnPair pair, int bins) {
        if (pair.kind() == ColumnKind.NUMERIC) {
            double[] edges = edges(pair.reference(), bins);
            return new long[][] {counts(pair.reference(), edges), counts(pair.current(), edges)};
        }
        return pair.counts().table();
    }

    /** Counts per bin: {@code n (share below e_{i+1} - share below e_i)}, exact for raw values. */
    static long[] counts(NumericSample sample, double[] edges) {
        long n = sample.size();
        long[] out = new long[edges.length - 1];
        long below = 0;
        for (int i = 0; i < out.length; i++) {
            long next = i == out.length - 1 ? n : Math.round(sample.shareBelow(edges[i + 1]) * n);
            out[i] = Math.max(0, next - below);
            below = Math.max(below, next);
        }
        return out;
    }
}
