package dev.greenlight.serve.ingest;

import dev.greenlight.serve.store.BatchSink;
import dev.greenlight.serve.store.LabelRow;
import dev.greenlight.serve.store.PredictionRow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Batches waiting to be written, bounded: when it is full, {@link #offer} says no at once and the caller answers
 * 429 instead of letting requests pile up in memory. One thread writes; it takes every batch waiting (up to
 * {@value #MAX_ROWS_PER_COMMIT} rows) into one transaction (group commit), so many small batches cost one
 * commit, and completes each batch's future only after that commit: a 2xx answer means stored.
 */
public final class WriteQueue implements AutoCloseable {
    static final int MAX_ROWS_PER_COMMIT = 50_000;
    static final long IDLE_MILLIS = 1_000;

    private final BatchSink store;
    private final Runnable idle;
    private final BlockingQueue<Pending> queue;
    private final Thread writer;
    private volatile boolean running = true;

    /** One batch of predictions or labels and the promise made to its request. */
    private record Pending(List<PredictionRow> predictions, List<LabelRow> labels,
                           CompletableFuture<Void> committed) {
        int size() {
            return predictions.size() + labels.size();
        }
    }

    public WriteQueue(BatchSink store, int capacity) {
        this(store, capacity, () -> { });
    }

    /**
     * @param idle run by the writer when no batch has waited for {@value #IDLE_MILLIS} ms after a write: the store's
     *             housekeeping (DuckDB's checkpoint) then delays nobody, or as few as can be
     */
    public WriteQueue(BatchSink store, int capacity, Runnable idle) {
        this.store = store;
        this.idle = idle;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::writeLoop, "greenlight-store-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a batch; empty when the queue is full. The future completes once the batch is committed. */
    public java.util.Optional<CompletableFuture<Void>> offer(List<PredictionRow> predictions, List<LabelRow> labels) {
        Pending p = new Pending(predictions, labels, new CompletableFuture<>());
        return running && queue.offer(p) ? java.util.Optional.of(p.committed()) : java.util.Optional.empty();
    }

    public int depth() {
        return queue.size();
    }

    public int capacity() {
        return queue.size() + queue.remainingCapacity();
    }

    private void writeLoop() {
        List<Pending> group = new ArrayList<>();
        boolean wrote = false;
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(wrote ? IDLE_MILLIS : 100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (wrote) {
                        wrote = false;
                        runIdle();
                    }
                    continue;
                }
                wrote = true;
                group.add(first);
                int rows = first.size();
                Pending next;
                while (rows < MAX_ROWS_PER_COMMIT && (next = queue.poll()) != null) {
                    group.add(next);
                    rows += next.size();
                }
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                group.clear();
            }
        }
        for (Pending p; (p = queue.poll()) != null; ) {
            p.committed().completeExceptionally(new IllegalStateException("the server stopped before writing"));
        }
    }

    private void runIdle() {
        try {
            idle.run();
        } catch (RuntimeException e) {
            // housekeeping only: the store's next write reports a store that is really broken
        }
    }

    private void commit(List<Pending> group) {
        List<PredictionRow> predictions = new ArrayList<>();
        List<LabelRow> labels = new ArrayList<>();
        for (Pending p : group) {
            predictions.addAll(p.predictions());
            labels.addAll(p.labels());
        }
        try {
            store.write(predictions, labels);
            group.forEach(p -> p.committed().complete(null));
        } catch (Exception e) {
            group.forEach(p -> p.committed().completeExceptionally(e));
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
