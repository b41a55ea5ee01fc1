package dev.greenlight.table;

import java.util.List;
import java.util.Optional;

/** Conversions between column storages. */
public final class Columns {
    private Columns() {
    }

    /**
     * The column as numbers: itself when numeric; a categorical column whose every value parses as a number
     * (a 0/1 indicator read as a category) converted; otherwise empty.
     */
    public static Optional<NumericColumn> asNumeric(Column c) {
        if (c instanceof NumericColumn n) {
            return Optional.of(n);
        }
        CategoricalColumn cat = (CategoricalColumn) c;
        List<String> dict = cat.dictionary();
        double[] parsed = new double[dict.size()];
        for (int k = 0; k < parsed.length; k++) {
            try {
                parsed[k] = Double.parseDouble(dict.get(k).strip());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        double[] values = new double[cat.size()];
        for (int i = 0; i < values.length; i++) {
            int code = cat.code(i);
            values[i] = code == CategoricalColumn.MISSING ? Double.NaN : parsed[code];
        }
        return Optional.of(new NumericColumn(c.name(), ColumnType.NUMERIC, values));
    }

    /**
     * The column as categories: itself when categorical; a numeric column's values as their text (3.0 as
     * {@code 3}, as the reader formats them), missing values kept missing. For integer codes read as numbers
     * (education level 1..24) that a user declares categorical.
     */
    public static CategoricalColumn asCategorical(Column c) {
        if (c instanceof CategoricalColumn cat) {
            return cat.type() == ColumnType.CATEGORICAL ? cat : cat.withType(ColumnType.CATEGORICAL);
        }
        List<String> values = new java.util.ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            values.add(c.isMissing(i) ? null : c.format(i));
        }
        return CategoricalColumn.of(c.name(), ColumnType.CATEGORICAL, values);
    }
}
