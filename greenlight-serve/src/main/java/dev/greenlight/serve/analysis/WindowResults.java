package dev.greenlight.serve.analysis;

import dev.greenlight.monitor.ChunkFigures;
import dev.greenlight.serve.store.BatchSink;
import dev.greenlight.serve.store.LabelRow;
import dev.greenlight.serve.store.PredictionRow;
import dev.greenlight.serve.store.WriteOutcome;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's figures of whole windows, kept in memory so that a query runs the engine only on the windows whose
 * rows changed since it last ran; a finished hour changes only when a late prediction or label lands in it.
 *
 * <p>Every write goes through {@link #recording}, which drops the figures of the windows the write touched (the
 * times of the predictions it stored, and of those it gave a label) before its answer goes out, so a query that
 * starts after an answer sees the write. A query calls {@link #begin} before it reads rows and offers what it
 * computed with that call's generation; figures are kept only when no write touched their window since, so figures
 * of rows read before a write are never kept after it.
 *
 * <p>Another server on the same store (PostgreSQL) writes without telling this one; the store's count of write
 * transactions shows it, and then every kept figure is dropped. Bounded: at most {@value #MAX_WINDOWS} windows are
 * kept (least recently used first out), and the memory of which windows changed is bounded the same way.
 */
public final class WindowResults {
    static final int MAX_WINDOWS = 5_000;
    private static final int MAX_TOUCHED = 100_000;

    /** A window: its size and its start, milliseconds since the epoch. */
    record Key(WindowSize size, long startMs) {
    }

    /** A window's figures and the number of rows they were computed from. */
    record Entry(ChunkFigures figures, int rows) {
    }

    private final Map<Key, Entry> results = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_WINDOWS;
        }
    };
    private final Map<Key, Long> touchedAt = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
            if (size() > MAX_TOUCHED) {
                forgottenUpTo = Math.max(forgottenUpTo, eldest.getValue());
                return true;
            }
            return false;
        }
    };
    /** The store's write count as of this server's last write or query. */
    private long known;
    /** Generation of the latest touch forgotten for lack of room: figures begun before it are not kept. */
    private long forgottenUpTo = Long.MIN_VALUE;
    /** Generation at which every figure was dropped last. */
    private long clearedAt = Long.MIN_VALUE;
    private long hits;
    private long computed;

    /** @param storeWrites the store's write count when the server starts */
    public WindowResults(long storeWrites) {
        this.known = storeWrites;
    }

    /** Wraps the store's writes so that each one drops the figures of the windows it touched. */
    public BatchSink recording(BatchSink store) {
        return (List<PredictionRow> predictions, List<LabelRow> labels) -> {
            synchronized (this) {
                WriteOutcome o = store.write(predictions, labels);
                if (o.before().writes() != known) {
                    clear(o.after().writes()); // another server wrote in between
                } else {
                    for (WindowSize size : WindowSize.values()) {
                        long previous = Long.MIN_VALUE;
                        for (long ts : o.touched()) {
                            long start = size.startOf(ts);
                            if (start != previous) { // a batch's predictions are mostly of one window
                                Key k = new Key(size, start);
                                results.remove(k);
                                touchedAt.put(k, o.after().writes());
                                previous = start;
                            }
                        }
                    }
                }
                known = o.after().writes();
                return o;
            }
        };
    }

    /**
     * Starts a query: takes the store's write count, read just before, and returns the generation to offer figures
     * with. A count above the one this server knows means another server wrote: every figure is dropped.
     */
    synchronized long begin(long storeWrites) {
        if (storeWrites > known) {
            clear(storeWrites);
            known = storeWrites;
        }
        return known;
    }

    private void clear(long generation) {
        results.clear();
        touchedAt.clear();
        clearedAt = generation;
        forgottenUpTo = Long.MIN_VALUE;
    }

    synchronized Entry get(Key key) {
        Entry e = results.get(key);
        if (e != null) {
            hits++;
        }
        return e;
    }

    /** Keeps a window's figures unless a write touched the window after the query began. */
    synchronized void offer(Key key, Entry entry, long generation) {
        computed++;
        Long touched = touchedAt.get(key);
        if (clearedAt <= generation && forgottenUpTo <= generation && (touched == null || touched <= generation)) {
            results.put(key, entry);
        }
    }

    /** Windows whose figures were read from here, and windows the engine analysed, since the start. */
    public synchronized long[] hitsAndComputed() {
        return new long[]{hits, computed};
    }

    public synchronized int size() {
        return results.size();
    }
}
