package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;

/** Checks and copies of the count tables and vectors taken by the tests. */
final class Tables {
    private Tables() {
    }

    static double[][] copy(double[][] table) {
        double[][] out = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            out[i] = table[i].clone();
        }
        return out;
    }

    static double[][] toDoubles(long[][] table) {
        Samples.requireNonNull(table, "table");
        double[][] out = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            Samples.requireNonNull(table[i], "table row " + i);
            out[i] = new double[table[i].length];
            for (int j = 0; j < table[i].length; j++) {
                out[i][j] = table[i][j];
            }
        }
        return out;
    }

    /** Rejects a ragged, empty, negative or non-finite table; returns its number of columns. */
    static int requireCountTable(double[][] table) {
        Samples.requireNonNull(table, "table");
        if (table.length == 0) {
            throw new InvalidDataException("table has no rows");
        }
        int columns = -1;
        for (int i = 0; i < table.length; i++) {
            double[] row = Samples.requireNonNull(table[i], "table row " + i);
            if (columns < 0) {
                columns = row.length;
            } else if (row.length != columns) {
                throw new InvalidDataException(
                        "table is ragged: row 0 has " + columns + " columns, row " + i + " has " + row.length);
            }
            for (int j = 0; j < row.length; j++) {
                if (!(row[j] >= 0) || Double.isInfinite(row[j])) {
                    throw new InvalidDataException(
                            "table[" + i + "][" + j + "] must be a finite count >= 0, got " + row[j]);
                }
            }
        }
        if (columns == 0) {
            throw new InvalidDataException("table has no columns");
        }
        return columns;
    }

    /** Rejects a null, empty, negative or non-finite vector of counts or weights; returns its sum. */
    static double requireNonNegativeVector(double[] values, String name) {
        Samples.requireNonNull(values, name);
        if (values.length == 0) {
            throw new InvalidDataException(name + " is empty");
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
                throw new InvalidDataException(
                        name + "[" + i + "] must be finite and >= 0, got " + values[i]);
            }
            sum += values[i];
        }
        if (!(sum > 0)) {
            throw new InvalidDataException(name + " sums to 0");
        }
        return sum;
    }
}
