package dev.greenlight.checklist.data;

import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits rows into groups by one column: categorical values as they are, numbers in quartile bins of the values
 * (so each group has enough rows to say something). Missing values form their own group.
 */
public final class Groups {
    /** Numeric columns with at most this many distinct values are grouped by value rather than binned. */
    static final int MAX_DISTINCT_FOR_VALUES = 10;
    static final String MISSING = "(missing)";

    private Groups() {
    }

    /**
     * The rows of {@code rows} (indices into the column) by group label, in label order; each array holds positions
     * in {@code rows} (so it can select from outcomes built on those rows).
     */
    public static Map<String, int[]> of(Column column, int[] rows) {
        String[] labels = column instanceof NumericColumn n ? numericLabels(n, rows) : textLabels(column, rows);
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            byLabel.computeIfAbsent(labels[i], k -> new java.util.ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        byLabel.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static String[] textLabels(Column c, int[] rows) {
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String v = c.format(rows[i]);
            out[i] = v == null ? MISSING : v;
        }
        return out;
    }

    private static String[] numericLabels(NumericColumn c, int[] rows) {
        double[] present = Arrays.stream(rows).mapToDouble(c::get).filter(v -> !Double.isNaN(v)).sorted().toArray();
        long distinct = Arrays.stream(present).distinct().count();
        String[] out = new String[rows.length];
        if (distinct <= MAX_DISTINCT_FOR_VALUES) {
            for (int i = 0; i < rows.length; i++) {
                out[i] = c.isMissing(rows[i]) ? MISSING : c.format(rows[i]);
            }
            return out;
        }
        double[] cuts = new double[3];
        for (int q = 1; q <= 3; q++) {
            cuts[q - 1] = present[(int) Math.floor(q * (present.length - 1) / 4.0)];
        }
        double min = present[0];
        double max = present[present.length - 1];
        for (int i = 0; i < rows.length; i++) {
            double v = c.get(rows[i]);
            if (Double.isNaN(v)) {
                out[i] = MISSING;
                continue;
            }
            int bin = 0;
            while (bin < 3 && v > cuts[bin]) {
                bin++;
            }
            double lo = bin == 0 ? min : cuts[bin - 1];
            double hi = bin == 3 ? max : cuts[bin];
            out[i] = "Q" + (bin + 1) + " " + (bin == 0 ? "[" : "(") + fmt(lo) + ", " + fmt(hi) + "]";
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : String.format("%.4g", v);
    }
}
