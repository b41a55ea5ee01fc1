package dev.greenlight.serve.store;

import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.TestStores;
import dev.greenlight.table.ColumnType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by the first version (features as JSON text, labels in their own table) opens under version 2
 * with nothing lost: labels on their predictions, a label without its prediction still waiting for it, the counts
 * right, and the features typed as ingestion types them.
 */
class UpgradeFromVersion1Test {
    @TempDir
    Path dir;

    static Iterable<Dialect> dialects() {
        return TestStores.dialects();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aVersion1StoreKeepsEverythingUnderVersion2(Dialect d) throws Exception {
        StoreLocation location = TestStores.fresh(d, dir);
        try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement()) {
            Migrations.migrate(location, c, 1);
            s.execute("INSERT INTO predictions (id, ts_ms, prediction, score, features, received_ms) VALUES "
                    + "('a', 1000, 'churn', 0.9, '{\"tenure\":12,\"plan\":\"pro\",\"since\":\"2026-01-01T00:00:00Z\"}', 5),"
                    + "('b', 2000, 'stay', 0.1, '{\"tenure\":\"ten\",\"plan\":7,\"since\":null}', 5),"
                    + "('c', 3000, 'stay', 0.2, '{\"plan\":\"basic\",\"since\":0}', 5)");
            s.execute("INSERT INTO labels (id, label, ts_ms, received_ms) VALUES ('a', 'churn', 10, 11), "
                    + "('c', 'stay', 20, 21), ('z', 'churn', 30, 31)");
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("tenure", ColumnType.NUMERIC);
        types.put("plan", ColumnType.CATEGORICAL);
        types.put("since", ColumnType.DATETIME);
        FeatureSchema schema = new FeatureSchema(types, Path.of("train.csv"));
        try (EventStore store = EventStore.open(location, schema)) {
            assertThat(store.stats()).isEqualTo(new StoreStats(3, 3, 2, 0));
            Map<String, List<Object>> rows = new TreeMap<>();
            store.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, label, label_ts_ms, "
                        + "label_received_ms, f1, f2, f3, legacy_features FROM predictions")) {
                    while (r.next()) {
                        double f1 = r.getDouble(5);
                        Object tenure = r.wasNull() ? null : f1;
                        long f3 = r.getLong(7);
                        Object since = r.wasNull() ? null : f3;
                        rows.put(r.getString(1), java.util.Arrays.asList(r.getString(2), r.getObject(3) == null ? null
                                : r.getLong(3), tenure, r.getString(6), since, r.getString(8)));
                    }
                }
                return null;
            });
            assertThat(rows.get("a")).containsExactly("churn", 10L, 12.0, "pro", 1_767_225_600_000L, null);
            assertThat(rows.get("b")).as("a value that no longer fits its type is missing")
                    .containsExactly(null, null, null, "7", null, null);
            assertThat(rows.get("c")).as("a feature the JSON lacks is missing")
                    .containsExactly("stay", 20L, null, "basic", 0L, null);
            // the label of z waits for its prediction, and joins it when it comes
            store.write(List.of(new PredictionRow("z", 4000, "churn", 0.8, new Object[]{1.0, "pro", null})),
                    List.of());
            assertThat(store.stats()).isEqualTo(new StoreStats(4, 3, 3, 1));
            String label = store.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT label FROM predictions "
                        + "WHERE id = 'z'")) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertThat(label).isEqualTo("churn");
        }
    }
}
