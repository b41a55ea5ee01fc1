package dev.greenlight.serve.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * PostgreSQL: one prepared {@code INSERT ... ON CONFLICT (id) DO NOTHING} executed as a JDBC batch; the driver,
 * opened with {@code reWriteBatchedInserts=true}, sends it as multi-row inserts instead of one round trip a row.
 */
final class PostgresBatchWriter implements BatchWriter {
    private final PreparedStatement predictions;
    private final PreparedStatement labels;

    PostgresBatchWriter(Connection connection) throws SQLException {
        predictions = connection.prepareStatement("INSERT INTO predictions (id, ts_ms, prediction, score, features, "
                + "received_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
        labels = connection.prepareStatement("INSERT INTO labels (id, label, ts_ms, received_ms) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (id) DO NOTHING");
    }

    @Override
    public long writePredictions(List<PredictionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        long now = System.currentTimeMillis();
        for (PredictionRow r : rows) {
            predictions.setString(1, r.id());
            predictions.setLong(2, r.tsMs());
            predictions.setString(3, r.prediction());
            if (r.score() == null) {
                predictions.setNull(4, Types.DOUBLE);
            } else {
                predictions.setDouble(4, r.score());
            }
            predictions.setString(5, r.features());
            predictions.setLong(6, now);
            predictions.addBatch();
        }
        return inserted(predictions.executeBatch());
    }

    @Override
    public long writeLabels(List<LabelRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        long now = System.currentTimeMillis();
        for (LabelRow r : rows) {
            labels.setString(1, r.id());
            labels.setString(2, r.label());
            labels.setLong(3, r.tsMs());
            labels.setLong(4, now);
            labels.addBatch();
        }
        return inserted(labels.executeBatch());
    }

    /** Rewritten batches report {@code SUCCESS_NO_INFO} (-2) per statement: then the count is unknown. */
    private static long inserted(int[] counts) {
        long n = 0;
        for (int c : counts) {
            if (c < 0) {
                return -1;
            }
            n += c;
        }
        return n;
    }

    @Override
    public void close() throws SQLException {
        predictions.close();
        labels.close();
    }
}
