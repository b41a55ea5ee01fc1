package dev.greenlight.serve.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a group of batches in one transaction, the same way on every database:
 * <ol>
 *   <li>the first record of each id is kept, within the group and against the store;</li>
 *   <li>a new prediction takes its label from {@code pending_labels} when the label came first;</li>
 *   <li>a new label goes onto its stored prediction, or waits in {@code pending_labels} for it;</li>
 *   <li>{@code event_counts} gets what was new: predictions, labels and joins, so each pair is counted once however
 *       often either side is sent again.</li>
 * </ol>
 * How a store finds the ids it holds already is its own: see {@link DuckDbEventTables} and
 * {@link PostgresEventTables}.
 */
final class EventWriter {
    private final Connection connection;
    private final EventTables tables;
    /** The counts this writer committed last, when it is the store's sole writer; null to read them. */
    private StoreStats committed;

    EventWriter(Connection connection, EventTables tables) {
        this.connection = connection;
        this.tables = tables;
    }

    WriteOutcome write(List<PredictionRow> predictions, List<LabelRow> labels) throws SQLException {
        predictions = firstOfEachId(predictions, PredictionRow::id);
        labels = firstOfEachId(labels, LabelRow::id);
        try {
            long now = System.currentTimeMillis();
            StoreStats before = committed != null ? committed : tables.counts();
            List<Long> touched = new ArrayList<>();
            List<PredictionRow> fresh = predictions.isEmpty() ? List.of()
                    : tables.insertNew(predictions, now);
            fresh.forEach(r -> touched.add(r.tsMs()));
            long joined = 0;
            if (before.pending() > 0 && !fresh.isEmpty()) {
                Map<String, Long> tsOf = new HashMap<>();
                fresh.forEach(r -> tsOf.put(r.id(), r.tsMs()));
                List<EventTables.PendingLabel> waiting = tables.takePending(tsOf.keySet()).stream()
                        .map(w -> w.onPrediction(tsOf.get(w.id()))).toList();
                tables.attach(waiting);
                joined += waiting.size();
            }
            long newLabels = 0;
            if (!labels.isEmpty()) {
                List<String> ids = labels.stream().map(LabelRow::id).toList();
                Map<String, EventTables.StoredPrediction> stored = tables.findPredictions(ids);
                List<String> absent = ids.stream().filter(id -> !stored.containsKey(id)).toList();
                Set<String> pending = absent.isEmpty() ? Set.of() : tables.findPending(absent);
                List<EventTables.PendingLabel> attach = new ArrayList<>();
                List<EventTables.PendingLabel> wait = new ArrayList<>();
                for (LabelRow r : labels) {
                    EventTables.StoredPrediction s = stored.get(r.id());
                    if (s != null && !s.labelled()) {
                        attach.add(new EventTables.PendingLabel(r.id(), r.label(), r.tsMs(), now, s.tsMs()));
                        touched.add(s.tsMs());
                    } else if (s == null && !pending.contains(r.id())) {
                        wait.add(new EventTables.PendingLabel(r.id(), r.label(), r.tsMs(), now, 0));
                    }
                }
                tables.attach(attach);
                tables.insertPending(wait);
                newLabels = attach.size() + wait.size();
                joined += attach.size();
            }
            StoreStats after = tables.addCounts(before, fresh.size(), newLabels, joined);
            connection.commit();
            committed = tables.soleWriter() ? after : null;
            return new WriteOutcome(before, after, touched.stream().mapToLong(Long::longValue).toArray());
        } catch (SQLException | RuntimeException e) {
            committed = null;
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The first row of each id, in order: a client's batch may repeat an id, and the first one is kept. */
    static <T> List<T> firstOfEachId(List<T> rows, Function<T, String> id) {
        Set<String> seen = new HashSet<>(rows.size() * 2);
        List<T> out = new ArrayList<>(rows.size());
        for (T r : rows) {
            if (seen.add(id.apply(r))) {
                out.add(r);
            }
        }
        return out;
    }
}
