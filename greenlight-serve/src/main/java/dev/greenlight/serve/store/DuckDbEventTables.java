package dev.greenlight.serve.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DuckDB: predictions go through the appender, which has no SQL text per row and, with a transaction open, writes
 * inside it. What is dear in DuckDB is finding rows by id in a large table: it has no index join, so a lookup by a
 * list of ids scans the table's ids, and its primary-key index is most of what a write costs. So {@code predictions}
 * has no key here, and the writes are arranged so that the hot path (new predictions) looks nothing up:
 * <ul>
 *   <li>a set of the stored ids' hashes ({@link StoredIds}) tells a new id from one that may be stored; only a
 *       "maybe" (a client's retry) costs a scan of the ids;</li>
 *   <li>a new prediction is looked up in {@code pending_labels} only when that table is not empty (labels rarely
 *       come before their prediction);</li>
 *   <li>a label batch costs one scan of the predictions' ids, to find its predictions, and a label is written onto
 *       its prediction with a join on id and time, which DuckDB narrows to the row groups of those times.</li>
 * </ul>
 * ({@code ON CONFLICT} would cost tens of times a plain insert in DuckDB 1.4: measured 150 us against 2 us a row when
 * the ids are stored.)
 */
final class DuckDbEventTables implements EventTables {
    private final DuckDBConnection connection;
    private final PredictionLayout layout;
    private final StoredIds ids;
    /** The counts' update, prepared once: this connection is the store's sole writer. */
    private PreparedStatement setCounts;

    DuckDbEventTables(DuckDBConnection connection, PredictionLayout layout) throws SQLException {
        this.connection = connection;
        this.layout = layout;
        this.ids = StoredIds.of(connection);
        // temporary tables live as long as the connection; made outside any transaction so a rollback keeps them
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE staging_predictions AS SELECT * FROM predictions LIMIT 0");
            s.execute("CREATE OR REPLACE TEMP TABLE staged_ids (id VARCHAR)");
            s.execute("CREATE OR REPLACE TEMP TABLE staged_labels (id VARCHAR, label VARCHAR, ts_ms BIGINT, "
                    + "received_ms BIGINT, prediction_ts_ms BIGINT)");
        }
    }

    @Override
    public StoreStats counts() throws SQLException {
        return EventCounts.read(connection);
    }

    @Override
    public boolean soleWriter() {
        return true;
    }

    @Override
    public List<PredictionRow> insertNew(List<PredictionRow> rows, long receivedMs) throws SQLException {
        long[] hashes = new long[rows.size()];
        boolean maybe = false;
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = StoredIds.hash(rows.get(i).id());
            maybe |= ids.mayHold(hashes[i]);
        }
        Set<String> stored = Set.of();
        if (maybe) { // a maybe: look the batch's ids up, once
            stageIds(rows.stream().map(PredictionRow::id).toList());
            stored = storedAmongStaged().keySet();
        }
        List<PredictionRow> fresh = new ArrayList<>(rows.size());
        for (int i = 0; i < hashes.length; i++) {
            if (!stored.contains(rows.get(i).id())) {
                fresh.add(rows.get(i));
                ids.add(hashes[i]);
            }
        }
        append(fresh, receivedMs);
        return fresh;
    }

    /** Appends the rows to {@code predictions}, inside the open transaction. */
    private void append(List<PredictionRow> rows, long receivedMs) throws SQLException {
        append(connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "predictions"), rows, receivedMs);
    }

    private void append(DuckDBAppender appender, List<PredictionRow> rows, long receivedMs) throws SQLException {
        try (DuckDBAppender a = appender) {
            for (PredictionRow r : rows) {
                a.beginRow();
                for (PredictionLayout.Slot slot : layout.slots()) {
                    appendValue(a, layout.value(slot, r, receivedMs));
                }
                a.endRow();
            }
            a.flush(); // close() would swallow an error; flush() reports it
        }
    }

    private static void appendValue(DuckDBAppender a, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else if (v instanceof String s) {
            a.append(s);
        } else if (v instanceof Double d) {
            a.append(d.doubleValue());
        } else if (v instanceof Long l) {
            a.append(l.longValue());
        } else {
            throw new IllegalArgumentException("no stored form for " + v.getClass().getSimpleName());
        }
    }

    @Override
    public List<PendingLabel> takePending(Collection<String> ids) throws SQLException {
        stageIds(ids);
        List<PendingLabel> out = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT l.id, l.label, l.ts_ms, l.received_ms FROM pending_labels l "
                    + "JOIN temp.main.staged_ids s ON s.id = l.id")) {
                while (r.next()) {
                    out.add(new PendingLabel(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), 0));
                }
            }
            if (!out.isEmpty()) {
                s.execute("DELETE FROM pending_labels WHERE id IN (SELECT id FROM temp.main.staged_ids)");
            }
        }
        return out;
    }

    @Override
    public Map<String, StoredPrediction> findPredictions(Collection<String> ids) throws SQLException {
        stageIds(ids);
        return storedAmongStaged();
    }

    /** The stored predictions among the staged ids: one scan of the predictions' ids. */
    private Map<String, StoredPrediction> storedAmongStaged() throws SQLException {
        Map<String, StoredPrediction> out = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT p.id, p.ts_ms, p.label IS NOT NULL FROM predictions p "
                     + "JOIN temp.main.staged_ids s ON s.id = p.id")) {
            while (r.next()) {
                out.put(r.getString(1), new StoredPrediction(r.getLong(2), r.getBoolean(3)));
            }
        }
        return out;
    }

    @Override
    public Set<String> findPending(Collection<String> ids) throws SQLException {
        stageIds(ids);
        Set<String> out = new HashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT l.id FROM pending_labels l JOIN temp.main.staged_ids s "
                     + "ON s.id = l.id")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Override
    public void attach(List<PendingLabel> labels) throws SQLException {
        if (labels.isEmpty()) {
            return;
        }
        stageLabels(labels);
        try (Statement s = connection.createStatement()) {
            // joining on the prediction's time too lets DuckDB skip the row groups of other times
            s.execute("UPDATE predictions SET label = s.label, label_ts_ms = s.ts_ms, label_received_ms = "
                    + "s.received_ms FROM temp.main.staged_labels s WHERE predictions.id = s.id "
                    + "AND predictions.ts_ms = s.prediction_ts_ms");
        }
    }

    @Override
    public void insertPending(List<PendingLabel> labels) throws SQLException {
        if (labels.isEmpty()) {
            return;
        }
        try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "pending_labels")) {
            for (PendingLabel l : labels) {
                a.beginRow().append(l.id()).append(l.label()).append(l.tsMs()).append(l.receivedMs()).endRow();
            }
            a.flush();
        }
    }

    @Override
    public void setFeatures(List<PredictionRow> rows) throws SQLException {
        StringBuilder set = new StringBuilder();
        for (PredictionLayout.Slot slot : layout.slots()) {
            if (slot.kind() == PredictionLayout.Kind.FEATURE) {
                set.append(slot.column()).append(" = s.").append(slot.column()).append(", ");
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM temp.main.staging_predictions");
            append(connection.createAppender("temp", "main", "staging_predictions"), rows, 0);
            // the column names are f1, f2, ... (FeatureColumns makes them)
            s.execute("UPDATE predictions SET " + set + "legacy_features = NULL FROM temp.main.staging_predictions s "
                    + "WHERE predictions.id = s.id");
            s.execute("DELETE FROM temp.main.staging_predictions");
        }
    }

    @Override
    public StoreStats addCounts(StoreStats before, long predictions, long labels, long joined) throws SQLException {
        if (setCounts == null) {
            setCounts = EventCounts.prepareSet(connection);
        }
        return EventCounts.set(setCounts, new StoreStats(before.predictions() + predictions,
                before.labels() + labels, before.joined() + joined, before.writes() + 1));
    }

    private void stageIds(Collection<String> ids) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM temp.main.staged_ids");
        }
        try (DuckDBAppender a = connection.createAppender("temp", "main", "staged_ids")) {
            for (String id : ids) {
                a.beginRow().append(id).endRow();
            }
            a.flush();
        }
    }

    private void stageLabels(List<PendingLabel> labels) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM temp.main.staged_labels");
        }
        try (DuckDBAppender a = connection.createAppender("temp", "main", "staged_labels")) {
            for (PendingLabel l : labels) {
                a.beginRow().append(l.id()).append(l.label()).append(l.tsMs()).append(l.receivedMs())
                        .append(l.predictionTsMs()).endRow();
            }
            a.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        // the temporary tables go with the connection
        if (setCounts != null) {
            setCounts.close();
        }
    }
}
