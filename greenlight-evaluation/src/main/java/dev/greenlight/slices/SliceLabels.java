package dev.greenlight.slices;

import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels rows by the slice of one column they fall in: categorical values as they are (missing as its own slice),
 * numbers with at most {@link #MAX_DISTINCT_FOR_VALUES} distinct values by value, other numbers in quantile bins
 * labelled by their range ({@code "age 20–30"}).
 */
public final class SliceLabels {
    /** Numeric columns with at most this many distinct values are sliced by value rather than binned. */
    public static final int MAX_DISTINCT_FOR_VALUES = 10;
    public static final String MISSING = "(missing)";

    private SliceLabels() {
    }

    /**
     * The slice label of each of the given rows.
     *
     * @param rows rows of the column to label (e.g. the rows that have outcomes)
     * @param bins quantile bins for numeric columns with many values (4 = quartiles)
     */
    public static String[] of(Column column, int[] rows, int bins) {
        return column instanceof NumericColumn n ? numeric(n, rows, bins) : text(column, rows);
    }

    /** Positions (into {@code labels}) by label, in label order. */
    public static Map<String, int[]> groups(String[] labels) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            byLabel.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new java.util.LinkedHashMap<>();
        byLabel.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** The rows of {@code rows} by the slice of {@code column} they fall in (positions into {@code rows}). */
    public static Map<String, int[]> groups(Column column, int[] rows, int bins) {
        return groups(of(column, rows, bins));
    }

    private static String[] text(Column c, int[] rows) {
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String v = c.format(rows[i]);
            out[i] = v == null ? MISSING : v;
        }
        return out;
    }

    private static String[] numeric(NumericColumn c, int[] rows, int bins) {
        double[] present = Arrays.stream(rows).mapToDouble(c::get).filter(v -> !Double.isNaN(v)).sorted().toArray();
        String[] out = new String[rows.length];
        long distinct = Arrays.stream(present).distinct().count();
        if (distinct <= MAX_DISTINCT_FOR_VALUES || present.length == 0) {
            for (int i = 0; i < rows.length; i++) {
                out[i] = c.isMissing(rows[i]) ? MISSING : c.format(rows[i]);
            }
            return out;
        }
        double[] cuts = cuts(present, bins);
        String[] names = new String[cuts.length + 1];
        for (int b = 0; b <= cuts.length; b++) {
            double lo = b == 0 ? present[0] : cuts[b - 1];
            double hi = b == cuts.length ? present[present.length - 1] : cuts[b];
            names[b] = Figures.format(lo) + "–" + Figures.format(hi);
        }
        for (int i = 0; i < rows.length; i++) {
            double v = c.get(rows[i]);
            out[i] = Double.isNaN(v) ? MISSING : names[bin(v, cuts)];
        }
        return out;
    }

    /** Distinct inner cut points at the quantiles {@code k/bins} (a value equal to a cut goes to the lower bin). */
    static double[] cuts(double[] sorted, int bins) {
        double[] cuts = new double[bins - 1];
        int k = 0;
        for (int q = 1; q < bins; q++) {
            double cut = sorted[(int) Math.floor(q * (sorted.length - 1) / (double) bins)];
            if ((k == 0 || cut > cuts[k - 1]) && cut < sorted[sorted.length - 1]) {
                cuts[k++] = cut;
            }
        }
        return Arrays.copyOf(cuts, k);
    }

    static int bin(double v, double[] cuts) {
        int b = 0;
        while (b < cuts.length && v > cuts[b]) {
            b++;
        }
        return b;
    }
}
