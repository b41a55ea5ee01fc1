package dev.greenlight.serve.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations {@link EventWriter} composes a write from, each inside the caller's transaction. A dialect
 * implements them the way its database does them fast: DuckDB through its appender and joins with small temporary
 * tables, PostgreSQL through statements over arrays that its indexes answer. Every value travels as a parameter or
 * through the appender; no value sent over HTTP ever becomes SQL.
 */
interface EventTables extends AutoCloseable {

    /** The counts as this transaction sees them. */
    StoreStats counts() throws SQLException;

    /**
     * Whether this connection is the store's only writer, so that the counts it committed last are the counts now
     * (DuckDB: one process holds the file). PostgreSQL says no: other servers may write.
     */
    boolean soleWriter();

    /** Stores the predictions whose id is not stored yet (ids within {@code rows} are distinct) and returns those. */
    List<PredictionRow> insertNew(List<PredictionRow> rows, long receivedMs) throws SQLException;

    /** Removes and returns the pending labels of these ids. */
    List<PendingLabel> takePending(Collection<String> ids) throws SQLException;

    /** The stored predictions among these ids. */
    Map<String, StoredPrediction> findPredictions(Collection<String> ids) throws SQLException;

    /** The ids among these that have a pending label. */
    Set<String> findPending(Collection<String> ids) throws SQLException;

    /** Stores each label on its (stored, unlabelled) prediction. */
    void attach(List<PendingLabel> labels) throws SQLException;

    /** Keeps labels whose prediction is not stored, until it is. */
    void insertPending(List<PendingLabel> labels) throws SQLException;

    /** Writes the typed features of stored predictions and clears their {@code legacy_features} (version 1 JSON). */
    void setFeatures(List<PredictionRow> rows) throws SQLException;

    /**
     * Adds to the counts and to the number of writes; returns the new counts.
     *
     * @param before the counts this transaction started from ({@link #counts()}, or those committed last by the
     *               sole writer)
     */
    StoreStats addCounts(StoreStats before, long predictions, long labels, long joined) throws SQLException;

    @Override
    void close() throws SQLException;

    /**
     * A label as stored, with the time of its prediction once that is known.
     *
     * @param predictionTsMs the prediction's time; 0 while pending
     */
    record PendingLabel(String id, String label, long tsMs, long receivedMs, long predictionTsMs) {
        PendingLabel onPrediction(long ts) {
            return new PendingLabel(id, label, tsMs, receivedMs, ts);
        }
    }

    /**
     * What the store holds of a prediction, for labels on their way to it.
     *
     * @param tsMs     its time
     * @param labelled whether it has its label already
     */
    record StoredPrediction(long tsMs, boolean labelled) {
    }
}
