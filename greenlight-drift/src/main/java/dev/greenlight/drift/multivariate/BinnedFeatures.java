package dev.greenlight.drift.multivariate;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.Arrays;
import java.util.List;

/**
 * Reference and current rows stacked, each feature reduced to a small bin number for the boosted stumps: numbers
 * to pooled quantile bins (ordered), categories to their code (the most frequent {@link #MAX_BINS} - 2, the rest
 * together); missing values to bin 0 of each feature.
 */
final class BinnedFeatures {
    static final int MAX_BINS = 32;

    final String[] names;
    final int[][] bins;
    final int[] binCount;
    final boolean[] ordered;
    final int rows;
    final double[] label;

    private BinnedFeatures(String[] names, int[][] bins, int[] binCount, boolean[] ordered, int rows,
                           double[] label) {
        this.names = names;
        this.bins = bins;
        this.binCount = binCount;
        this.ordered = ordered;
        this.rows = rows;
        this.label = label;
    }

    static BinnedFeatures of(Table reference, Table current, List<String> features) {
        int nr = reference.rowCount();
        int n = nr + current.rowCount();
        double[] label = new double[n];
        Arrays.fill(label, nr, n, 1);
        String[] names = features.toArray(new String[0]);
        int[][] bins = new int[names.length][];
        int[] counts = new int[names.length];
        boolean[] ordered = new boolean[names.length];
        for (int f = 0; f < names.length; f++) {
            Column r = reference.column(names[f]);
            Column c = current.column(names[f]);
            if (r instanceof NumericColumn rn && c instanceof NumericColumn cn) {
                double[] all = concat(rn.toArray(), cn.toArray());
                bins[f] = numericBins(all);
                ordered[f] = true;
            } else {
                bins[f] = categoryBins((CategoricalColumn) r, (CategoricalColumn) c);
            }
            counts[f] = Arrays.stream(bins[f]).max().orElse(0) + 1;
        }
        return new BinnedFeatures(names, bins, counts, ordered, n, label);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Bin 0 = missing; bins 1.. by pooled quantile edges (distinct edges only). */
    private static int[] numericBins(double[] v) {
        double[] present = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
        int[] out = new int[v.length];
        if (present.length == 0) {
            return out;
        }
        double[] edges = new double[MAX_BINS - 1];
        int k = 0;
        for (int i = 1; i < MAX_BINS - 1; i++) {
            double e = present[(int) ((long) (present.length - 1) * i / (MAX_BINS - 1))];
            if (k == 0 || e > edges[k - 1]) {
                edges[k++] = e;
            }
        }
        double[] cut = Arrays.copyOf(edges, k);
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            int pos = Arrays.binarySearch(cut, v[i]);
            int bin = pos >= 0 ? pos : -pos - 1;
            out[i] = bin + 1;
        }
        return out;
    }

    private static int[] categoryBins(CategoricalColumn r, CategoricalColumn c) {
        java.util.Map<String, Long> pooled = new java.util.HashMap<>();
        for (CategoricalColumn col : List.of(r, c)) {
            long[] counts = col.counts();
            for (int k = 0; k < counts.length; k++) {
                pooled.merge(col.dictionary().get(k), counts[k], Long::sum);
            }
        }
        List<String> top = pooled.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Long.compare(b.getValue(), a.getValue()))
                .limit(MAX_BINS - 2).map(java.util.Map.Entry::getKey).toList();
        java.util.Map<String, Integer> binOf = new java.util.HashMap<>();
        for (int i = 0; i < top.size(); i++) {
            binOf.put(top.get(i), i + 2);
        }
        int[] out = new int[r.size() + c.size()];
        int i = 0;
        for (CategoricalColumn col : List.of(r, c)) {
            for (int row = 0; row < col.size(); row++) {
                String v = col.get(row);
                out[i++] = v == null ? 0 : binOf.getOrDefault(v, 1);
            }
        }
        return out;
    }
}
