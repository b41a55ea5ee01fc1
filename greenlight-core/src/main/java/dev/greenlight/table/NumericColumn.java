package dev.greenlight.table;

import dev.greenlight.error.InvalidDataException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A column of doubles. A missing value is stored as {@link Double#NaN}: every statistic in Greenlight treats a NaN
 * as missing and reports the count of missing values separately, so a NaN in the source is never mistaken for a
 * number.
 */
public final class NumericColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final double[] values;
    private final int missing;

    public NumericColumn(String name, ColumnType type, double[] values) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        if (!type.isNumericStorage()) {
            throw new InvalidDataException("column '" + name + "': type " + type.key() + " is not numeric");
        }
        this.values = Objects.requireNonNull(values, "values");
        int m = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                m++;
            }
        }
        this.missing = m;
    }

    public static NumericColumn of(String name, double... values) {
        return new NumericColumn(name, ColumnType.NUMERIC, values);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public int size() {
        return values.length;
    }

    public double get(int row) {
        return values[row];
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public int missingCount() {
        return missing;
    }

    /** A copy of all values, NaN where missing. */
    public double[] toArray() {
        return values.clone();
    }

    /** A new array of the present (non-missing) values, in row order. */
    public double[] presentValues() {
        double[] out = new double[values.length - missing];
        int k = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                out[k++] = v;
            }
        }
        return out;
    }

    @Override
    public String format(int row) {
        double v = values[row];
        if (Double.isNaN(v)) {
            return null;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Override
    public NumericColumn select(int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new NumericColumn(name, type, out);
    }

    @Override
    public NumericColumn withType(ColumnType newType) {
        return new NumericColumn(name, newType, values);
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", " + type.key() + ", n=" + values.length + ", missing=" + missing + ", "
                + Arrays.toString(Arrays.copyOf(values, Math.min(5, values.length))) + "...]";
    }
}
