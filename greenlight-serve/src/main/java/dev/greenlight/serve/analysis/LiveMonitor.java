package dev.greenlight.serve.analysis;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.metrics.Task;
import dev.greenlight.monitor.ChunkFigures;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

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
    private final WindowResults results;
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

    public LiveMonitor(GreenlightConfig config, FeatureSchema schema, EventStore store, WindowResults results) {
        this.config = config;
        this.store = store;
        this.results = results;
        var p = config.prediction();
        String timestamp = config.columns().timestamp() != null ? config.columns().timestamp() : "timestamp";
        boolean regression = !config.task().isClassification();
        String prediction = p == null ? null : regression ? p.value() : p.label();
        String score = p != null && config.task() == Task.BINARY ? p.score() : null;
        Table ref = ReferenceTable.read(config, timestamp, WindowSize.HOUR);
        references.put(WindowSize.HOUR, ref);
        boolean numericTarget = ref.has(config.target()) && ref.column(config.target()).type().isNumericStorage();
        boolean numericPrediction = prediction != null && ref.has(prediction)
                && ref.column(prediction).type().isNumericStorage();
        this.layout = new StoredRows.Layout(timestamp, config.target(), prediction, score, numericTarget,
                numericPrediction, schema);
        // no id: each stored row carries its label, and the engine needs ids only to join a separate labels table
        this.columns = new MonitorColumns(config.task(), null, config.target(), score, null, prediction, timestamp,
                null, new ArrayList<>(schema.types().keySet()), config.positiveLabel());
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
     *
     * <p>Each window is one chunk of the engine, and a chunk's figures depend on its rows alone; so the figures of
     * whole windows are kept ({@link WindowResults}) and the engine runs only on windows that are new or changed
     * since, and on windows the range cuts. The kept and the new figures are then judged together by the engine
     * (alerts, change points, recommendation), which gives what analysing the range at once gives.
     */
    public Analysis analyse(Long fromMs, Long toMs, WindowSize size) throws SQLException {
        long generation = results.begin(store.stats().writes());
        long to;
        if (toMs != null) {
            to = toMs;
        } else {
            Long latest = latestMs();
            to = latest == null ? System.currentTimeMillis() : size.startOf(latest) + size.millis();
        }
        long from = fromMs != null ? fromMs : to - DEFAULT_WINDOWS * size.millis();
        if (from >= to) {
            throw new dev.greenlight.error.GreenlightException("from must be before to, found from="
                    + java.time.Instant.ofEpochMilli(from) + ", to=" + java.time.Instant.ofEpochMilli(to));
        }
        SortedMap<Long, Integer> rows = rowsPerWindow(from, to, size);
        long total = rows.values().stream().mapToLong(Integer::longValue).sum();
        if (total > MAX_ROWS) {
            throw new dev.greenlight.error.GreenlightException("more than " + MAX_ROWS + " predictions in the range ("
                    + total + "); ask for a shorter one (from, to)");
        }
        if (rows.isEmpty()) {
            return new Analysis(from, to, size, Optional.empty());
        }
        Map<Long, ChunkFigures> figures = new TreeMap<>();
        List<Long> missing = new ArrayList<>();
        rows.forEach((start, n) -> {
            WindowResults.Entry kept = whole(start, from, to, size) ? results.get(new WindowResults.Key(size, start))
                    : null;
            if (kept != null && kept.rows() == n) {
                figures.put(start, kept.figures());
            } else {
                missing.add(start);
            }
        });
        FittedReference engine = fitted(size);
        Map<Long, Table> tables = windowTables(missing, from, to, size);
        tables.entrySet().parallelStream().forEach(e -> {
            ChunkFigures f = engine.analyseChunks(e.getValue(), null);
            synchronized (figures) {
                figures.put(e.getKey(), f);
            }
            if (whole(e.getKey(), from, to, size)) {
                results.offer(new WindowResults.Key(size, e.getKey()), new WindowResults.Entry(f,
                        e.getValue().rowCount()), generation);
            }
        });
        ChunkFigures range = null;
        for (ChunkFigures f : figures.values()) {
            range = range == null ? f : range.then(f);
        }
        return new Analysis(from, to, size, Optional.of(engine.judge(range)));
    }

    /** Whether the window lies whole in [from, to): only such windows' figures are kept. */
    private static boolean whole(long start, long from, long to, WindowSize size) {
        return start >= from && start + size.millis() <= to;
    }

    /** The number of stored predictions of each window in [from, to) that has any, by window start. */
    private SortedMap<Long, Integer> rowsPerWindow(long from, long to, WindowSize size) throws SQLException {
        return store.read(c -> {
            SortedMap<Long, Integer> out = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT CAST(floor(ts_ms / CAST(? AS DOUBLE PRECISION)) AS "
                    + "BIGINT) AS w, count(*) FROM predictions WHERE ts_ms >= ? AND ts_ms < ? GROUP BY 1")) {
                s.setLong(1, size.millis());
                s.setLong(2, from);
                s.setLong(3, to);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getLong(1) * size.millis(), (int) r.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    /** The rows of each window, read a run of adjacent windows at a time; windows the range cuts, cut likewise. */
    private Map<Long, Table> windowTables(List<Long> starts, long from, long to, WindowSize size) throws SQLException {
        Map<Long, Table> out = new TreeMap<>();
        int i = 0;
        while (i < starts.size()) {
            int j = i;
            while (j + 1 < starts.size() && starts.get(j + 1) == starts.get(j) + size.millis()) {
                j++;
            }
            long runFrom = Math.max(from, starts.get(i));
            long runTo = Math.min(to, starts.get(j) + size.millis());
            Table run = StoredRows.load(store, layout, runFrom, runTo);
            double[] seconds = ((dev.greenlight.table.NumericColumn) run.column(layout.timestamp())).toArray();
            int first = 0;
            while (first < seconds.length) {
                long window = size.startOf((long) Math.floor(seconds[first] * 1000));
                int last = first;
                while (last + 1 < seconds.length
                        && size.startOf((long) Math.floor(seconds[last + 1] * 1000)) == window) {
                    last++;
                }
                out.put(window, run.select(java.util.stream.IntStream.rangeClosed(first, last).toArray()));
                first = last + 1;
            }
            i = j + 1;
        }
        return out;
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

    /** How many windows' figures are kept now. */
    public int keptWindows() {
        return results.size();
    }
}
