package dev.greenlight.drift;

import dev.greenlight.drift.multivariate.MultivariateDrift;

import java.util.List;

/**
 * The result of comparing a current dataset with a reference.
 *
 * @param columns      one row per compared column, in the reference's order
 * @param dataset      the dataset-level verdict
 * @param multivariate the domain classifier and PCA results; null when not run
 * @param notes        what the user should know that is not in the rows (columns skipped and why)
 */
public record DriftReport(List<ColumnDrift> columns, DatasetDrift dataset, MultivariateDrift multivariate,
                          List<String> notes) {
    public DriftReport {
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
    }

    /** The rows of one role (features, labels, predictions). */
    public List<ColumnDrift> ofRole(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).toList();
    }
}
