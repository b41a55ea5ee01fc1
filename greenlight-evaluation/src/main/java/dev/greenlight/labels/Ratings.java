package dev.greenlight.labels;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.Labels;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The labels several raters gave the same units, one unit per table row and one rater per column; a missing value
 * means the rater did not label that unit.
 *
 * @param raters     the rater columns, in the order given
 * @param categories every label any rater used, in scikit-learn's order (numeric when all are numbers)
 * @param codes      {@code codes[u][r]} = index into {@code categories} of rater r's label for unit u, -1 if none
 * @param numbers    {@code numbers[u][r]} = the label as a number (NaN if missing), or {@code null} when some label
 *                   is not a number
 */
public record Ratings(List<String> raters, List<String> categories, int[][] codes, double[][] numbers) {
    /** The code of a missing rating. */
    public static final int MISSING = -1;

    /**
     * The ratings in the named columns of a table.
     *
     * @param source names the table in messages (a file name)
     * @throws InvalidDataException when a column is absent, named twice, or fewer than two are given
     */
    public static Ratings of(Table table, List<String> raterColumns, String source) {
        Set<String> distinct = new LinkedHashSet<>(raterColumns);
        if (distinct.size() != raterColumns.size()) {
            throw new InvalidDataException("--raters names a column twice: " + raterColumns);
        }
        if (raterColumns.size() < 2) {
            throw new InvalidDataException("agreement needs at least two rater columns, found " + raterColumns.size()
                    + " (" + String.join(", ", raterColumns) + ")");
        }
        List<Column> columns = new ArrayList<>();
        for (String name : raterColumns) {
            columns.add(table.find(name).orElseThrow(() -> new InvalidDataException(source + " has no column '"
                    + name + "'; its columns are " + String.join(", ", table.columnNames()))));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Column c : columns) {
            for (int u = 0; u < c.size(); u++) {
                String v = c.format(u);
                if (v != null) {
                    seen.add(v);
                }
            }
        }
        List<String> categories = Labels.sorted(seen);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < categories.size(); k++) {
            index.put(categories.get(k), k);
        }
        int units = table.rowCount();
        int[][] codes = new int[units][columns.size()];
        boolean allNumbers = !categories.isEmpty() && columns.stream().allMatch(c -> c instanceof NumericColumn);
        double[][] numbers = allNumbers ? new double[units][columns.size()] : null;
        for (int u = 0; u < units; u++) {
            for (int r = 0; r < columns.size(); r++) {
                String v = columns.get(r).format(u);
                codes[u][r] = v == null ? MISSING : index.get(v);
                if (numbers != null) {
                    numbers[u][r] = ((NumericColumn) columns.get(r)).get(u);
                }
            }
        }
        return new Ratings(List.copyOf(raterColumns), categories, codes, numbers);
    }

    public int units() {
        return codes.length;
    }

    /** The codes as numbers for Krippendorff's alpha (NaN where missing); order is all that ordinal data uses. */
    double[][] codesAsNumbers() {
        double[][] out = new double[codes.length][];
        for (int u = 0; u < codes.length; u++) {
            out[u] = new double[codes[u].length];
            for (int r = 0; r < codes[u].length; r++) {
                out[u][r] = codes[u][r] == MISSING ? Double.NaN : codes[u][r];
            }
        }
        return out;
    }
}
