package dev.greenlight.serve.analysis;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.metrics.Task;
import dev.greenlight.monitor.Chunking;
import dev.greenlight.monitor.FittedReference;
import dev.greenlight.monitor.MonitorColumns;
import dev.greenlight.monitor.MonitorEngine;
import dev.greenlight.monitor.MonitorOptions;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.store.EventStore;
import dev.greenlight.table.Table;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The monitor engine over the store: fits the reference once per window size, and analyses the stored predictions
 * of a time range, one engine chunk per hour or day. Every figure is the engine's ({@code greenlight monitor}'s);
 * this class only gets rows out of the store and into its tables.
 */
public final class LiveMonitor {
    /** Most predictions one analysis reads; a longer range is refused with a message to shorten it. */
    public static final int MAX_ROWS = 2_000_000;
    /** Windows in the default range: two days of hours, two months of days. */
    public static final int DEFAULT_WINDOWS = 48;

    private final GreenlightConfig config;
    private final EventStore store;
    private final StoredRows.Layout layout;
    private final MonitorColumns columns;
    private final Map<WindowSize, FittedReference> fitted = new EnumMap<>(WindowSize.class);
    private final Map<WindowSize, Table> references = new EnumMap<>(WindowSize.class);

    /**
     * A range of time and the engine's result over it.
     *
     * @param fromMs first instant, inclusive
     * @param toMs   last instant, exclusive
     * @param size   the window size
     * @param result the engine's result; empty when the range holds no prediction
     */
    public record Analysis(long fromMs, long toMs, WindowSize size, Optional<MonitorResult> result) {
    }

    public LiveMonitor(GreenlightConfig config, FeatureSchema schema, EventStore store) {
        this.config = config;
        this.store = store;
        var p = config.prediction();
        String timestamp = config.columns().timestamp() != null ? config.columns().timestamp() : "timestamp";
        String id = config.columns().id() != null ? config.columns().id() : "id";
        boolean regression = !config.task().isClassification();
        String prediction = p == null ? null : regression ? p.value() : p.label();
        String score = p != null && config.task() == Task.BINARY ? p.score() : null;
        Table ref = ReferenceTable.read(config, timestamp, WindowSize.HOUR);
        references.put(WindowSize.HOUR, ref);
        boolean numericTarget = ref.has(config.target()) && ref.column(config.target()).type().isNumericStorage();
        boolean numericPrediction = prediction != null && ref.has(prediction)
                && ref.column(prediction).type().isNumericStorage();
        this.layout = new StoredRows.Layout(id, timestamp, config.target(), prediction, score, numericTarget,
                numericPrediction, schema);
        this.columns = new MonitorColumns(config.task(), id, config.target(), score, null, prediction, timestamp, null,
                new ArrayList<>(schema.types().keySet()), config.positiveLabel());
    }

    /** The engine fitted on the reference for this window size (fitted on first use, then kept). */
    public synchronized FittedReference fitted(WindowSize size) {
        return fitted.computeIfAbsent(size, s -> {
            Table ref = references.computeIfAbsent(s, k -> ReferenceTable.read(config, layout.timestamp(), k));
            return MonitorEngine.fit(ref, columns, MonitorOptions.defaults()
                    .withChunking(Chunking.byPeriod(s.window())));
        });
    }

    /**
     * Analyses the stored predictions in [from, to). A null bound defaults to the {@value #DEFAULT_WINDOWS}
     * windows that end with the latest stored prediction's window.
     */
    public Analysis analyse(Long fromMs, Long toMs, WindowSize size) throws SQLException {
        long to;
        if (toMs != null) {
            to = toMs;
        } else {
            Long latest = latestMs();
            to = latest == null ? System.currentTimeMillis() : (Math.floorDiv(latest, size.millis()) + 1) * size.millis();
        }
        long from = fromMs != null ? fromMs : to - DEFAULT_WINDOWS * size.millis();
        if (from >= to) {
            throw new dev.greenlight.error.GreenlightException("from must be before to, found from="
                    + java.time.Instant.ofEpochMilli(from) + ", to=" + java.time.Instant.ofEpochMilli(to));
        }
        Table rows = StoredRows.load(store, layout, from, to, MAX_ROWS);
        if (rows.rowCount() == 0) {
            return new Analysis(from, to, size, Optional.empty());
        }
        return new Analysis(from, to, size, Optional.of(fitted(size).analyse(rows)));
    }

    private Long latestMs() throws SQLException {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT max(ts_ms) FROM predictions");
                 ResultSet r = s.executeQuery()) {
                r.next();
                long v = r.getLong(1);
                return r.wasNull() ? null : v;
            }
        });
    }

    /** The model's name and version, for pages and alerts. */
    public String modelName() {
        return config.model().name() + " " + config.model().version();
    }

    public MonitorColumns columns() {
        return columns;
    }
}
