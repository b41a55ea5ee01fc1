package dev.greenlight.serve.analysis;

import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.TestSchemas;
import dev.greenlight.serve.TestStores;
import dev.greenlight.serve.ingest.LabelValidator;
import dev.greenlight.serve.ingest.PredictionValidator;
import dev.greenlight.serve.store.Dialect;
import dev.greenlight.serve.store.EventStore;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Features of every type go into typed columns and come back as the engine's table holds them. */
class StoredRowsTest {
    @TempDir
    Path dir;

    static Iterable<Dialect> dialects() {
        return TestStores.dialects();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void typedFeaturesRoundTripThroughTheStore(Dialect d) throws Exception {
        FeatureSchema schema = TestSchemas.everyType();
        String body = "{\"id\":\"a\",\"timestamp\":\"2026-12-01T10:00:00Z\",\"features\":{\"tenure\":12.5,"
                + "\"signed up\":\"2026-11-30T10:00:00.250+01:00\",\"plan\":3,\"active\":true,\"note\":\"it's \\\"x\\\"\"},"
                + "\"prediction\":\"churn\",\"score\":0.75}\n"
                + "{\"id\":\"b\",\"timestamp\":\"2026-12-01T10:30:00Z\",\"features\":{\"tenure\":null,"
                + "\"signed up\":1764583200000,\"plan\":\"pro\",\"active\":false,\"note\":null},\"score\":0.25}\n";
        try (EventStore store = EventStore.open(TestStores.fresh(d, dir), schema)) {
            store.write(new PredictionValidator(schema, true).validate(body.getBytes(StandardCharsets.UTF_8), 10),
                    new LabelValidator().validate("{\"id\":\"a\",\"label\":\"stay\"}".getBytes(StandardCharsets.UTF_8),
                            10, 0));
            List<String> types = new ArrayList<>();
            store.read(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT data_type FROM information_schema.columns "
                        + "WHERE table_name = 'predictions' AND column_name IN ('f1', 'f2', 'f3', 'f4', 'f5') "
                        + "ORDER BY column_name"); ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        types.add(r.getString(1).toLowerCase(Locale.ROOT));
                    }
                }
                return null;
            });
            assertThat(types).hasSize(5);
            assertThat(types.get(0)).isIn("double", "double precision");
            assertThat(types.get(1)).isEqualTo("bigint");
            assertThat(types.subList(2, 5)).allMatch(t -> t.equals("varchar") || t.equals("character varying"));

            StoredRows.Layout layout = new StoredRows.Layout("timestamp", "churned", "prediction", "score",
                    false, false, schema);
            Table t = StoredRows.load(store, layout, 0, Long.MAX_VALUE);
            assertThat(t.columnNames()).containsExactly("timestamp", "prediction", "score", "churned", "tenure",
                    "signed up", "plan", "active", "note");
            assertThat(t.column("signed up").type()).isEqualTo(ColumnType.DATETIME);
            double[] tenure = ((NumericColumn) t.column("tenure")).toArray();
            assertThat(tenure[0]).isEqualTo(12.5);
            assertThat(tenure[1]).isNaN();
            double[] signedUp = ((NumericColumn) t.column("signed up")).toArray();
            assertThat(signedUp[0]).isEqualTo(Instant.parse("2026-11-30T09:00:00.250Z").toEpochMilli() / 1000.0);
            assertThat(signedUp[1]).isEqualTo(1_764_583_200.0);
            assertThat(List.of(t.column("plan").format(0), t.column("plan").format(1))).containsExactly("3", "pro");
            assertThat(List.of(t.column("active").format(0), t.column("active").format(1)))
                    .containsExactly("true", "false");
            assertThat(t.column("note").format(0)).isEqualTo("it's \"x\"");
            assertThat(t.column("note").isMissing(1)).isTrue();
            assertThat(t.column("churned").format(0)).isEqualTo("stay");
            assertThat(t.column("churned").isMissing(1)).isTrue();
            assertThat(t.column("prediction").isMissing(1)).isTrue();
            assertThat(((NumericColumn) t.column("score")).toArray()).containsExactly(0.75, 0.25);
        }
    }
}
