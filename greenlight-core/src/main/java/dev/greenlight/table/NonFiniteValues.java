package dev.greenlight.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one policy for infinite values in numeric feature columns ({@code inf}, {@code -Infinity} in a file): each is
 * reported, with its column and rows, and then treated as a missing value, so that every consumer (baselines, drift
 * tests, integrity checks, PCA, the monitor engine) handles it the same way instead of one dropping the feature, one
 * failing on a NaN statistic and one letting it through. The model's own scores are made before this policy applies:
 * it sees the values as they are.
 */
public final class NonFiniteValues {
    /** How many row numbers a note lists before it says "and N more". */
    static final int ROWS_SHOWN = 5;

    private NonFiniteValues() {
    }

    /**
     * The table with the infinite values of the named numeric columns replaced by missing values; a note per column
     * that had any is added to {@code notes}, naming the dataset, the column, how many and the first data rows
     * (1-based, as a spreadsheet counts the rows below the header).
     *
     * @param columns the columns the policy applies to (others are left as they are); absent ones are skipped
     */
    public static Table asMissing(Table table, Collection<String> columns, String dataset, List<String> notes) {
        Table out = table;
        for (String name : columns) {
            if (!(table.find(name).orElse(null) instanceof NumericColumn c)) {
                continue;
            }
            double[] values = null;
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) {
                if (Double.isInfinite(c.get(i))) {
                    if (values == null) {
                        values = c.toArray();
                    }
                    values[i] = Double.NaN;
                    rows.add(i + 1);
                }
            }
            if (values == null) {
                continue;
            }
            out = out.with(new NumericColumn(name, c.type(), values));
            notes.add(dataset + ": column '" + name + "' holds " + rows.size() + " infinite value"
                    + (rows.size() == 1 ? "" : "s") + " (data row" + (rows.size() == 1 ? " " : "s ")
                    + String.join(", ", rows.subList(0, Math.min(ROWS_SHOWN, rows.size())).stream()
                    .map(String::valueOf).toList()) + (rows.size() > ROWS_SHOWN ? " and " + (rows.size() - ROWS_SHOWN)
                    + " more" : "") + "); every check treats them as missing values");
        }
        return out;
    }
}
