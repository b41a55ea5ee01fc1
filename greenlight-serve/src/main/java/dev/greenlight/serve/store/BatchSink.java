package dev.greenlight.serve.store;

import java.sql.SQLException;
import java.util.List;

/** Where the write queue commits batches: the store, or in tests one that blocks or fails on purpose. */
@FunctionalInterface
public interface BatchSink {

    /** Writes and commits the rows in one transaction and says what changed; on failure nothing is written. */
    WriteOutcome write(List<PredictionRow> predictions, List<LabelRow> labels) throws SQLException;
}
