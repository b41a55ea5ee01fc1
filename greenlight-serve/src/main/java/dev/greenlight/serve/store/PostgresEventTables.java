package dev.greenlight.serve.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL: each operation is one statement over arrays ({@code unnest(?, ?, ...)}, {@code id = ANY(?)}), so a
 * batch is one round trip whatever its size, and the primary-key indexes answer every lookup by id. A stored id
 * costs nothing extra here: {@code ON CONFLICT (id) DO NOTHING RETURNING id} says which rows were new.
 */
final class PostgresEventTables implements EventTables {
    private final Connection connection;
    private final FeatureColumns features;
    private final String insert;

    PostgresEventTables(Connection connection, FeatureColumns features) {
        this.connection = connection;
        this.features = features;
        StringBuilder cols = new StringBuilder("id, ts_ms, prediction, score, received_ms");
        StringBuilder select = new StringBuilder("u.id, u.ts_ms, u.prediction, u.score, ?");
        StringBuilder arrays = new StringBuilder("?::varchar[], ?::bigint[], ?::varchar[], ?::float8[]");
        StringBuilder names = new StringBuilder("id, ts_ms, prediction, score");
        for (FeatureColumns.StoredFeature f : features.features()) {
            // column names are f1, f2, ... (FeatureColumns makes them); the array types are constants
            cols.append(", ").append(f.column());
            select.append(", u.").append(f.column());
            arrays.append(", ?::").append(arrayType(f.storage())).append("[]");
            names.append(", ").append(f.column());
        }
        this.insert = "INSERT INTO predictions (" + cols + ") SELECT " + select + " FROM unnest(" + arrays + ") AS u("
                + names + ") ON CONFLICT (id) DO NOTHING RETURNING id";
    }

    private static String arrayType(FeatureStorage s) {
        return switch (s) {
            case DOUBLE -> "float8";
            case EPOCH_MS -> "int8";
            case TEXT -> "varchar";
        };
    }

    @Override
    public StoreStats counts() throws SQLException {
        return EventCounts.readForWrite(connection);
    }

    @Override
    public boolean soleWriter() {
        return false;
    }

    @Override
    public List<PredictionRow> insertNew(List<PredictionRow> rows, long receivedMs) throws SQLException {
        int n = rows.size();
        String[] ids = new String[n];
        Long[] ts = new Long[n];
        String[] predictions = new String[n];
        Double[] scores = new Double[n];
        for (int i = 0; i < n; i++) {
            PredictionRow r = rows.get(i);
            ids[i] = r.id();
            ts[i] = r.tsMs();
            predictions[i] = r.prediction();
            scores[i] = r.score();
        }
        Set<String> fresh = new HashSet<>();
        try (PreparedStatement p = connection.prepareStatement(insert)) {
            int k = 1;
            p.setLong(k++, receivedMs);
            p.setArray(k++, connection.createArrayOf("varchar", ids));
            p.setArray(k++, connection.createArrayOf("int8", ts));
            p.setArray(k++, connection.createArrayOf("varchar", predictions));
            p.setArray(k++, connection.createArrayOf("float8", scores));
            setFeatureArrays(p, k, rows);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    fresh.add(r.getString(1));
                }
            }
        }
        return fresh.size() == n ? rows : rows.stream().filter(r -> fresh.contains(r.id())).toList();
    }

    @Override
    public List<PendingLabel> takePending(Collection<String> ids) throws SQLException {
        List<PendingLabel> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM pending_labels WHERE id = ANY(?) "
                + "RETURNING id, label, ts_ms, received_ms")) {
            p.setArray(1, idArray(ids));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new PendingLabel(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), 0));
                }
            }
        }
        return out;
    }

    @Override
    public Map<String, StoredPrediction> findPredictions(Collection<String> ids) throws SQLException {
        Map<String, StoredPrediction> out = new HashMap<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT id, ts_ms, label IS NOT NULL FROM predictions "
                + "WHERE id = ANY(?)")) {
            p.setArray(1, idArray(ids));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new StoredPrediction(r.getLong(2), r.getBoolean(3)));
                }
            }
        }
        return out;
    }

    @Override
    public Set<String> findPending(Collection<String> ids) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM pending_labels WHERE id = ANY(?)")) {
            p.setArray(1, idArray(ids));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    @Override
    public void attach(List<PendingLabel> labels) throws SQLException {
        if (labels.isEmpty()) {
            return;
        }
        try (PreparedStatement p = connection.prepareStatement("UPDATE predictions SET label = u.label, label_ts_ms = "
                + "u.ts_ms, label_received_ms = u.received_ms FROM unnest(?::varchar[], ?::varchar[], ?::int8[], "
                + "?::int8[]) AS u(id, label, ts_ms, received_ms) WHERE predictions.id = u.id")) {
            setLabelArrays(p, labels);
            p.executeUpdate();
        }
    }

    @Override
    public void insertPending(List<PendingLabel> labels) throws SQLException {
        if (labels.isEmpty()) {
            return;
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO pending_labels (id, label, ts_ms, "
                + "received_ms) SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::int8[], ?::int8[])")) {
            setLabelArrays(p, labels);
            p.executeUpdate();
        }
    }

    private void setLabelArrays(PreparedStatement p, List<PendingLabel> labels) throws SQLException {
        int n = labels.size();
        String[] ids = new String[n];
        String[] values = new String[n];
        Long[] ts = new Long[n];
        Long[] received = new Long[n];
        for (int i = 0; i < n; i++) {
            PendingLabel l = labels.get(i);
            ids[i] = l.id();
            values[i] = l.label();
            ts[i] = l.tsMs();
            received[i] = l.receivedMs();
        }
        p.setArray(1, connection.createArrayOf("varchar", ids));
        p.setArray(2, connection.createArrayOf("varchar", values));
        p.setArray(3, connection.createArrayOf("int8", ts));
        p.setArray(4, connection.createArrayOf("int8", received));
    }

    private Array idArray(Collection<String> ids) throws SQLException {
        return connection.createArrayOf("varchar", ids.toArray(new String[0]));
    }

    @Override
    public void setFeatures(List<PredictionRow> rows) throws SQLException {
        StringBuilder set = new StringBuilder();
        StringBuilder arrays = new StringBuilder("?::varchar[]");
        StringBuilder names = new StringBuilder("id");
        for (FeatureColumns.StoredFeature f : features.features()) {
            set.append(f.column()).append(" = u.").append(f.column()).append(", ");
            arrays.append(", ?::").append(arrayType(f.storage())).append("[]");
            names.append(", ").append(f.column());
        }
        // the column names are f1, f2, ... (FeatureColumns makes them); the array types are constants
        try (PreparedStatement p = connection.prepareStatement("UPDATE predictions SET " + set + "legacy_features = "
                + "NULL FROM unnest(" + arrays + ") AS u(" + names + ") WHERE predictions.id = u.id")) {
            p.setArray(1, connection.createArrayOf("varchar", rows.stream().map(PredictionRow::id)
                    .toArray(String[]::new)));
            setFeatureArrays(p, 2, rows);
            p.executeUpdate();
        }
    }

    /** One array parameter per feature column, from position {@code k}; returns the next position. */
    private int setFeatureArrays(PreparedStatement p, int k, List<PredictionRow> rows) throws SQLException {
        int n = rows.size();
        List<FeatureColumns.StoredFeature> fs = features.features();
        for (int f = 0; f < fs.size(); f++) {
            Object[] values = switch (fs.get(f).storage()) {
                case DOUBLE -> new Double[n];
                case EPOCH_MS -> new Long[n];
                case TEXT -> new String[n];
            };
            for (int i = 0; i < n; i++) {
                values[i] = rows.get(i).features()[f];
            }
            p.setArray(k++, connection.createArrayOf(arrayType(fs.get(f).storage()), values));
        }
        return k;
    }

    @Override
    public StoreStats addCounts(StoreStats before, long predictions, long labels, long joined) throws SQLException {
        return EventCounts.add(connection, predictions, labels, joined);
    }

    @Override
    public void close() {
        // statements are closed after each use
    }
}
