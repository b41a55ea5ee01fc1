package dev.greenlight.slices;

import java.util.List;

/**
 * A slice of the rows (one feature's bin or value, or a pair of them) and how the model does on it compared with
 * the rest of the rows.
 *
 * @param description plain words, e.g. {@code "mean radius 15.2–28.1: accuracy 0.55 vs 0.80 elsewhere, n = 412"}
 * @param conditions  the slice's conditions, e.g. {@code ["mean radius 15.2–28.1"]}
 * @param size        rows in the slice
 * @param metric      the per-row metric compared ({@code accuracy} for classification, {@code mae} for regression)
 * @param value       that metric on the slice
 * @param restValue   that metric on the other rows
 * @param pValue      one-sided p-value that the slice is worse than the rest, corrected for the number of slices
 *                    tested (Benjamini–Hochberg)
 * @param weak        whether the corrected p-value is below the level
 */
public record Segment(String description, List<String> conditions, int size, String metric, double value,
                      double restValue, double pValue, boolean weak) {

    public Segment {
        conditions = List.copyOf(conditions);
    }
}
