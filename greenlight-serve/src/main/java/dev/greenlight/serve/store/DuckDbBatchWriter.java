package dev.greenlight.serve.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * DuckDB: rows go through the appender (no SQL text per row) into a temporary staging table, then one
 * {@code INSERT ... SELECT DISTINCT ON (id) ... ON CONFLICT DO NOTHING} moves the new ids into the stored table.
 * The appender is the fast path DuckDB documents for bulk loads; prepared single-row inserts run at a few
 * thousand rows per second.
 */
final class DuckDbBatchWriter implements BatchWriter {
    private final DuckDBConnection connection;

    DuckDbBatchWriter(DuckDBConnection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS staging_predictions (seq BIGINT, id VARCHAR, ts_ms BIGINT, "
                    + "prediction VARCHAR, score DOUBLE, features VARCHAR, received_ms BIGINT)");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS staging_labels (seq BIGINT, id VARCHAR, label VARCHAR, "
                    + "ts_ms BIGINT, received_ms BIGINT)");
        }
    }

    @Override
    public long writePredictions(List<PredictionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        long now = System.currentTimeMillis();
        try (DuckDBAppender a = connection.createAppender("temp", "main", "staging_predictions")) {
            long seq = 0;
            for (PredictionRow r : rows) {
                a.beginRow();
                a.append(seq++);
                a.append(r.id());
                a.append(r.tsMs());
                if (r.prediction() == null) {
                    a.appendNull();
                } else {
                    a.append(r.prediction());
                }
                if (r.score() == null) {
                    a.appendNull();
                } else {
                    a.append(r.score().doubleValue());
                }
                a.append(r.features());
                a.append(now);
                a.endRow();
            }
        }
        try (Statement s = connection.createStatement()) {
            int inserted = s.executeUpdate("INSERT INTO predictions (id, ts_ms, prediction, score, features, "
                    + "received_ms) SELECT DISTINCT ON (id) id, ts_ms, prediction, score, features, received_ms "
                    + "FROM temp.main.staging_predictions ORDER BY id, seq ON CONFLICT DO NOTHING");
            s.execute("DELETE FROM temp.main.staging_predictions");
            return inserted;
        }
    }

    @Override
    public long writeLabels(List<LabelRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        long now = System.currentTimeMillis();
        try (DuckDBAppender a = connection.createAppender("temp", "main", "staging_labels")) {
            long seq = 0;
            for (LabelRow r : rows) {
                a.beginRow();
                a.append(seq++);
                a.append(r.id());
                a.append(r.label());
                a.append(r.tsMs());
                a.append(now);
                a.endRow();
            }
        }
        try (Statement s = connection.createStatement()) {
            int inserted = s.executeUpdate("INSERT INTO labels (id, label, ts_ms, received_ms) SELECT DISTINCT ON "
                    + "(id) id, label, ts_ms, received_ms FROM temp.main.staging_labels ORDER BY id, seq "
                    + "ON CONFLICT DO NOTHING");
            s.execute("DELETE FROM temp.main.staging_labels");
            return inserted;
        }
    }

    @Override
    public void close() {
        // the temporary tables go with the connection
    }
}
