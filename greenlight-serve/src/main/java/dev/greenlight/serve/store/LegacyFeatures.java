package dev.greenlight.serve.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.FeatureValues;
import dev.greenlight.table.ColumnType;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Moves the features of rows stored by the store's first version (a JSON object in {@code legacy_features}) into
 * the typed columns, a chunk per transaction, at start-up. Values are typed as ingestion types them
 * ({@link FeatureValues}); a value that no longer fits its feature's type (the configuration changed since) is
 * stored as missing, and a feature the JSON lacks is missing too.
 */
final class LegacyFeatures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LegacyFeatures() {
    }

    /** Types every legacy row; returns how many there were. */
    static long type(Connection c, EventTables tables, FeatureSchema schema, int chunk) throws SQLException {
        List<Map.Entry<String, ColumnType>> features = List.copyOf(schema.types().entrySet());
        long done = 0;
        while (true) {
            List<PredictionRow> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, ts_ms, legacy_features FROM predictions WHERE "
                    + "legacy_features IS NOT NULL LIMIT ?")) {
                p.setInt(1, chunk);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        rows.add(new PredictionRow(r.getString(1), r.getLong(2), null, null,
                                typed(r.getString(1), r.getString(3), features)));
                    }
                }
            }
            if (rows.isEmpty()) {
                c.commit();
                return done;
            }
            try {
                tables.setFeatures(rows);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            done += rows.size();
        }
    }

    private static Object[] typed(String id, String json, List<Map.Entry<String, ColumnType>> features)
            throws SQLException {
        JsonNode object;
        try {
            object = JSON.readTree(json);
        } catch (IOException e) {
            throw new SQLException("the stored features of prediction " + id + " are not JSON: " + e.getMessage(), e);
        }
        Object[] out = new Object[features.size()];
        for (int k = 0; k < out.length; k++) {
            JsonNode v = object.get(features.get(k).getKey());
            ColumnType type = features.get(k).getValue();
            out[k] = v == null || FeatureValues.problem(v, type) != null ? null : FeatureValues.stored(v, type);
        }
        return out;
    }
}
