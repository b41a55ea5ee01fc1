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
}
