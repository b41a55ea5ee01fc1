package dev.greenlight.outcomes;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.baseline.TrainingTruth;

import java.util.Objects;

/**
 * The truth of the rows of a table that have a target.
 *
 * @param rows  for each entry of {@code truth}, its row in the table (0-based), ascending
 * @param truth class indices (into the {@link ClassLabels}) or values, and weights, of those rows
 */
public record Truth(int[] rows, TrainingTruth truth) {
    public Truth {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(truth, "truth");
        if (rows.length != truth.size()) {
            throw new InvalidDataException(rows.length + " rows for " + truth.size() + " labels");
        }
    }

    public int size() {
        return rows.length;
    }

    /** The values at {@link #rows()} of a column of the whole table. */
    public double[] select(double[] all) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = all[rows[i]];
        }
        return out;
    }
}
