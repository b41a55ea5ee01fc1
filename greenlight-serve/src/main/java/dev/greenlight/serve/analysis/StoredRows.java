package dev.greenlight.serve.analysis;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.store.EventStore;
import dev.greenlight.serve.store.FeatureColumns;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * The stored predictions of a time range, each with its label when known, as the table the monitor engine
 * analyses: the configuration's column names, the reference's column types, one row per prediction in time order.
 * The features come out of their typed columns as stored, so nothing is parsed.
 */
final class StoredRows {

    private StoredRows() {
    }

    /**
     * The names and types the analysis table must have. It has no id column: the labels are on their rows already,
     * and the engine needs ids only to join a separate labels table (reading a million ids would cost more than the
     * rest of the rows).
     */
    record Layout(String timestamp, String target, String prediction, String score,
                  boolean numericTarget, boolean numericPrediction, FeatureSchema features) {
    }

    /** The rows with {@code fromMs <= ts_ms < toMs}, ordered by time and id. */
    static Table load(EventStore store, Layout layout, long fromMs, long toMs) throws SQLException {
        List<FeatureColumns.StoredFeature> features = store.features().features();
        StringBuilder sql = new StringBuilder("SELECT ts_ms, prediction, score, label");
        // the feature columns are f1, f2, ... (FeatureColumns makes them)
        features.forEach(f -> sql.append(", ").append(f.column()));
        sql.append(" FROM predictions WHERE ts_ms >= ? AND ts_ms < ? ORDER BY ts_ms, id");
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                s.setLong(1, fromMs);
                s.setLong(2, toMs);
                try (ResultSet r = s.executeQuery()) {
                    return table(r, layout, features);
                }
            }
        });
    }

    private static Table table(ResultSet r, Layout layout, List<FeatureColumns.StoredFeature> features)
            throws SQLException {
        DoubleStream.Builder times = DoubleStream.builder();
        List<String> predictions = new ArrayList<>();
        DoubleStream.Builder scores = DoubleStream.builder();
        List<String> labels = new ArrayList<>();
        int k = features.size();
        DoubleStream.Builder[] numbers = new DoubleStream.Builder[k];
        List<List<String>> texts = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            numbers[f] = DoubleStream.builder();
            texts.add(new ArrayList<>());
        }
        while (r.next()) {
            times.add(r.getLong(1) / 1000.0);
            predictions.add(r.getString(2));
            double score = r.getDouble(3);
            scores.add(r.wasNull() ? Double.NaN : score);
            labels.add(r.getString(4));
            for (int f = 0; f < k; f++) {
                int col = 5 + f;
                switch (features.get(f).storage()) {
                    case DOUBLE -> {
                        double v = r.getDouble(col);
                        numbers[f].add(r.wasNull() ? Double.NaN : v);
                    }
                    case EPOCH_MS -> {
                        long v = r.getLong(col);
                        numbers[f].add(r.wasNull() ? Double.NaN : v / 1000.0);
                    }
                    case TEXT -> texts.get(f).add(r.getString(col));
                }
            }
        }
        List<Column> cols = new ArrayList<>();
        cols.add(new NumericColumn(layout.timestamp(), ColumnType.DATETIME, times.build().toArray()));
        if (layout.prediction() != null) {
            cols.add(textOrNumber(layout.prediction(), predictions, layout.numericPrediction()));
        }
        if (layout.score() != null) {
            cols.add(new NumericColumn(layout.score(), ColumnType.NUMERIC, scores.build().toArray()));
        }
        cols.add(textOrNumber(layout.target(), labels, layout.numericTarget()));
        int f = 0;
        for (Map.Entry<String, ColumnType> e : layout.features().types().entrySet()) {
            cols.add(e.getValue().isNumericStorage()
                    ? new NumericColumn(e.getKey(), e.getValue(), numbers[f].build().toArray())
                    : CategoricalColumn.of(e.getKey(), e.getValue(), texts.get(f)));
            f++;
        }
        return Table.of(cols);
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
}
