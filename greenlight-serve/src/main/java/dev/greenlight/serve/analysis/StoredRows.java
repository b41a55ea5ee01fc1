package dev.greenlight.serve.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.store.EventStore;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored predictions of a time range, with their labels joined by id in SQL, as the table the monitor engine
 * analyses: the configuration's column names, the reference's column types, one row per prediction in time order.
 */
final class StoredRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredRows() {
    }

    /** The names and types the analysis table must have. */
    record Layout(String id, String timestamp, String target, String prediction, String score,
                  boolean numericTarget, boolean numericPrediction, FeatureSchema features) {
    }

    static Table load(EventStore store, Layout layout, long fromMs, long toMs, int maxRows) throws SQLException {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.ts_ms, p.prediction, p.score, p.features, "
                    + "l.label FROM predictions p LEFT JOIN labels l ON p.id = l.id WHERE p.ts_ms >= ? AND p.ts_ms < ? "
                    + "ORDER BY p.ts_ms, p.id LIMIT ?")) {
                s.setLong(1, fromMs);
                s.setLong(2, toMs);
                s.setInt(3, maxRows + 1);
                try (ResultSet r = s.executeQuery()) {
                    return table(r, layout, maxRows);
                }
            }
        });
    }

    private static Table table(ResultSet r, Layout layout, int maxRows) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        List<String> predictions = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Map<String, List<JsonNode>> features = new LinkedHashMap<>();
        layout.features().types().keySet().forEach(f -> features.put(f, new ArrayList<>()));
        while (r.next()) {
            if (ids.size() == maxRows) {
                throw new GreenlightException("more than " + maxRows + " predictions in the range; ask for a "
                        + "shorter one (from, to)");
            }
            ids.add(r.getString(1));
            times.add(r.getLong(2) / 1000.0);
            predictions.add(r.getString(3));
            double score = r.getDouble(4);
            scores.add(r.wasNull() ? Double.NaN : score);
            JsonNode f;
            try {
                f = JSON.readTree(r.getString(5));
            } catch (IOException e) {
                throw new SQLException("stored features of prediction " + r.getString(1) + " are not JSON", e);
            }
            for (var e : features.entrySet()) {
                e.getValue().add(f.get(e.getKey()));
            }
            labels.add(r.getString(6));
        }
        List<Column> cols = new ArrayList<>();
        cols.add(CategoricalColumn.of(layout.id(), ColumnType.CATEGORICAL, ids));
        cols.add(new NumericColumn(layout.timestamp(), ColumnType.DATETIME, unbox(times)));
        if (layout.prediction() != null) {
            cols.add(textOrNumber(layout.prediction(), predictions, layout.numericPrediction()));
        }
        if (layout.score() != null) {
            cols.add(new NumericColumn(layout.score(), ColumnType.NUMERIC, unbox(scores)));
        }
        cols.add(textOrNumber(layout.target(), labels, layout.numericTarget()));
        for (var e : layout.features().types().entrySet()) {
            cols.add(feature(e.getKey(), e.getValue(), features.get(e.getKey())));
        }
        return Table.of(cols);
    }

    private static Column feature(String name, ColumnType type, List<JsonNode> values) {
        if (type.isNumericStorage()) {
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                JsonNode n = values.get(i);
                if (n == null || n.isNull()) {
                    v[i] = Double.NaN;
                } else if (type == ColumnType.DATETIME) {
                    v[i] = n.isNumber() ? n.asLong() / 1000.0 : Instant.parse(n.asText()).toEpochMilli() / 1000.0;
                } else {
                    v[i] = n.asDouble();
                }
            }
            return new NumericColumn(name, type, v);
        }
        List<String> v = new ArrayList<>(values.size());
        for (JsonNode n : values) {
            v.add(n == null || n.isNull() ? null : n.asText());
        }
        return CategoricalColumn.of(name, type, v);
    }

    private static Column textOrNumber(String name, List<String> values, boolean numeric) {
        if (!numeric) {
            return CategoricalColumn.of(name, ColumnType.CATEGORICAL, values);
        }
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            String s = values.get(i);
            try {
                v[i] = s == null ? Double.NaN : Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new GreenlightException("column '" + name + "': the stored value '" + s + "' is not a number, "
                        + "but the reference's values are");
            }
        }
        return new NumericColumn(name, ColumnType.NUMERIC, v);
    }

    private static double[] unbox(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
