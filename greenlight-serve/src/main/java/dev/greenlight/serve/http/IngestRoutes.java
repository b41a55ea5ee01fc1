package dev.greenlight.serve.http;

import dev.greenlight.serve.ServeSettings;
import dev.greenlight.serve.ingest.BatchRejected;
import dev.greenlight.serve.ingest.LabelValidator;
import dev.greenlight.serve.ingest.PredictionValidator;
import dev.greenlight.serve.ingest.WriteQueue;
import dev.greenlight.serve.store.LabelRow;
import dev.greenlight.serve.store.PredictionRow;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /v1/predictions} and {@code POST /v1/labels}: read the body within its limit, check every record,
 * queue the batch (429 when the queue is full) and answer 200 only once it is committed.
 */
final class IngestRoutes {
    /** How long a request waits for its commit before answering 503 (the client retries; ids make it safe). */
    static final long COMMIT_WAIT_SECONDS = 30;

    private final ServeSettings settings;
    private final PredictionValidator predictions;
    private final LabelValidator labels = new LabelValidator();
    private final WriteQueue queue;
    private final ServeMetrics metrics;

    IngestRoutes(ServeSettings settings, PredictionValidator predictions, WriteQueue queue, ServeMetrics metrics) {
        this.settings = settings;
        this.predictions = predictions;
        this.queue = queue;
        this.metrics = metrics;
    }

    void postPredictions(Context ctx) {
        long start = System.nanoTime();
        List<PredictionRow> rows = predictions.validate(body(ctx), settings.maxRecords());
        metrics.checked(System.nanoTime() - start);
        commit(ctx, start, true, rows.size(), queue.offer(rows, List.of()));
    }

    void postLabels(Context ctx) {
        long start = System.nanoTime();
        List<LabelRow> rows = labels.validate(body(ctx), settings.maxRecords(), System.currentTimeMillis());
        metrics.checked(System.nanoTime() - start);
        commit(ctx, start, false, rows.size(), queue.offer(List.of(), rows));
    }

    private byte[] body(Context ctx) {
        return RequestBody.read(ctx, settings.maxRequestBytes());
    }

    private void commit(Context ctx, long start, boolean isPrediction, int rows,
                        Optional<CompletableFuture<Void>> queued) {
        if (queued.isEmpty()) {
            metrics.rejected(ServeMetrics.Rejection.QUEUE_FULL);
            ctx.header("Retry-After", "1");
            ApiResponses.error(ctx, 429, "the write queue is full (" + queue.capacity() + " batches); retry after "
                    + "1 s");
            return;
        }
        try {
            queued.get().get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            metrics.rejected(ServeMetrics.Rejection.STORE_ERROR);
            ctx.header("Retry-After", "1");
            ApiResponses.error(ctx, 503, "the batch was not committed within " + COMMIT_WAIT_SECONDS + " s; resend "
                    + "it (ids already stored are skipped)");
            return;
        } catch (ExecutionException e) {
            metrics.rejected(ServeMetrics.Rejection.STORE_ERROR);
            ctx.header("Retry-After", "1");
            ApiResponses.error(ctx, 503, "the store could not write the batch (" + e.getCause().getMessage()
                    + "); nothing of it was written; resend it");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ApiResponses.error(ctx, 503, "the server is stopping; resend the batch");
            return;
        }
        metrics.committed(isPrediction, rows, System.nanoTime() - start);
        ApiResponses.json(ctx, 200, Map.of("accepted", rows));
    }

    static void onRejected(BatchRejected e, Context ctx, ServeMetrics metrics) {
        metrics.rejected(e.status() == 413 ? ServeMetrics.Rejection.TOO_LARGE : ServeMetrics.Rejection.INVALID);
        ApiResponses.rejected(ctx, e);
    }
}
