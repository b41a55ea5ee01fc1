package dev.greenlight.checklist.data;

import dev.greenlight.baseline.TrainingTruth;
import dev.greenlight.io.DataFile;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.table.Table;

import java.util.Optional;

/**
 * One dataset ready for the checks.
 *
 * @param role     train, test, validation or production
 * @param file     the file it was read from
 * @param truth    the labels of the rows that have one, or null when the dataset has no target column
 * @param outcomes truth and model output of the same rows, or null when the dataset has no labels or no
 *                 predictions (a production sample, say)
 * @param rowsUsed for each row of {@code truth} and {@code outcomes}, its row in the table
 */
public record PreparedDataset(String role, DataFile file, TrainingTruth truth, Outcomes outcomes, int[] rowsUsed) {

    public Table table() {
        return file.table();
    }

    public int rows() {
        return file.table().rowCount();
    }

    public Optional<Outcomes> evaluated() {
        return Optional.ofNullable(outcomes);
    }
}
