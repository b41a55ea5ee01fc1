package dev.greenlight.serve.store;

import java.sql.SQLException;
import java.util.List;

/**
 * Writes rows inside the caller's transaction, keeping the first row of every id: a row whose id is already
 * stored, or already earlier in the same call, is skipped. Implementations differ only in how fast they get
 * rows into the database.
 */
interface BatchWriter extends AutoCloseable {

    /** Returns how many prediction rows were new. */
    long writePredictions(List<PredictionRow> rows) throws SQLException;

    /** Returns how many label rows were new. */
    long writeLabels(List<LabelRow> rows) throws SQLException;

    @Override
    void close() throws SQLException;
}
