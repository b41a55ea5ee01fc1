package dev.greenlight.serve.store;

import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.TestStores;
import dev.greenlight.table.ColumnType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the order, the repeats and the retries of predictions and labels, the counts kept in the write path are
 * the store's true counts, each prediction carries the first label sent for its id, and the labels still waiting
 * for their prediction are exactly those of ids never predicted. The model is a few sets; the store is checked
 * against it and against counts taken from its tables.
 */
class EventCountsTest {
    private static final FeatureSchema SCHEMA = new FeatureSchema(Map.of("x", ColumnType.NUMERIC),
            Path.of("train.csv"));

    /**
     * One write transaction: a group of predictions and labels (ids from a small pool, so they repeat, within the
     * group and across), sent again once it was committed when {@code resent} (a client's retry).
     */
    record Step(List<String> predictions, List<String> labels, boolean resent) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<List<String>> ids = Arbitraries.integers().between(0, 11).map(i -> "e" + i).list().ofMaxSize(6);
        return Combinators.combine(ids, ids, Arbitraries.of(true, false)).as(Step::new).list().ofMinSize(1)
                .ofMaxSize(8);
    }

    @Property(tries = 40)
    void duckdbCountsAreTheTrueCounts(@ForAll("steps") List<Step> steps) throws Exception {
        Path dir = Files.createTempDirectory("greenlight-counts");
        try {
            check(TestStores.fresh(Dialect.DUCKDB, dir), steps);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 12)
    @AddLifecycleHook(TestStores.PostgresAvailable.class)
    void postgresqlCountsAreTheTrueCounts(@ForAll("steps") List<Step> steps) throws Exception {
        check(TestStores.fresh(Dialect.POSTGRESQL, Path.of(".")), steps);
    }

    private static void check(StoreLocation location, List<Step> steps) throws SQLException {
        Set<String> predicted = new LinkedHashSet<>();
        Map<String, String> firstLabel = new HashMap<>();
        try (EventStore store = EventStore.open(location, SCHEMA)) {
            for (int k = 0; k < steps.size(); k++) {
                Step s = steps.get(k);
                List<PredictionRow> p = new ArrayList<>();
                for (String id : s.predictions()) {
                    p.add(new PredictionRow(id, 1_764_547_200_000L + id.hashCode() * 60_000L, "stay", 0.25,
                            new Object[]{(double) k}));
                }
                List<LabelRow> l = new ArrayList<>();
                for (String id : s.labels()) {
                    l.add(new LabelRow(id, "label-" + k + "-" + l.size(), 1_764_600_000_000L));
                }
                int times = s.resent() ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    store.write(p, l);
                }
                predicted.addAll(s.predictions());
                l.forEach(x -> firstLabel.putIfAbsent(x.id(), x.label()));
            }
            long joined = predicted.stream().filter(firstLabel::containsKey).count();
            StoreStats stats = store.stats();
            assertThat(stats.predictions()).isEqualTo(predicted.size());
            assertThat(stats.labels()).isEqualTo(firstLabel.size());
            assertThat(stats.joined()).isEqualTo(joined);
            store.read(c -> {
                try (Statement st = c.createStatement()) {
                    Map<String, String> stored = new TreeMap<>();
                    try (ResultSet r = st.executeQuery("SELECT id, label FROM predictions")) {
                        while (r.next()) {
                            stored.put(r.getString(1), r.getString(2));
                        }
                    }
                    Map<String, String> expected = new TreeMap<>();
                    predicted.forEach(id -> expected.put(id, firstLabel.get(id)));
                    assertThat(stored).isEqualTo(expected);
                    Map<String, String> pending = new TreeMap<>();
                    try (ResultSet r = st.executeQuery("SELECT id, label FROM pending_labels")) {
                        while (r.next()) {
                            pending.put(r.getString(1), r.getString(2));
                        }
                    }
                    Map<String, String> waiting = new TreeMap<>(firstLabel);
                    waiting.keySet().removeAll(predicted);
                    assertThat(pending).isEqualTo(waiting);
                    try (ResultSet r = st.executeQuery("SELECT (SELECT count(*) FROM predictions), (SELECT count(label) "
                            + "FROM predictions) + (SELECT count(*) FROM pending_labels), (SELECT count(label) FROM "
                            + "predictions)")) {
                        r.next();
                        assertThat(new long[]{r.getLong(1), r.getLong(2), r.getLong(3)})
                                .containsExactly(stats.predictions(), stats.labels(), stats.joined());
                    }
                }
                return null;
            });
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
