package dev.greenlight.serve.http;

import dev.greenlight.serve.store.BatchSink;
import dev.greenlight.serve.store.WriteOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.function.Supplier;

/**
 * The service's Prometheus metrics (Micrometer): ingest counts and latency, rejections by reason, the write
 * queue's depth. Names follow Prometheus' conventions (base units, {@code _total} for counters).
 */
public final class ServeMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter predictions;
    private final Counter labels;
    private final Timer predictionBatches;
    private final Timer labelBatches;
    private final Timer checks;
    private final Timer writes;
    private final DistributionSummary writeRows;
    private final Timer housekeeping;

    /** Why a batch was refused, as the {@code reason} tag of {@code greenlight_ingest_rejected_total}. */
    public enum Rejection {
        INVALID, TOO_LARGE, QUEUE_FULL, STORE_ERROR, UNAUTHORIZED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ServeMetrics(Supplier<Number> queueDepth) {
        predictions = Counter.builder("greenlight.ingest.predictions").description("Predictions committed "
                + "(including ids already stored)").register(registry);
        labels = Counter.builder("greenlight.ingest.labels").description("Labels committed (including ids already "
                + "stored)").register(registry);
        predictionBatches = batchTimer("predictions");
        labelBatches = batchTimer("labels");
        for (Rejection r : Rejection.values()) {
            Counter.builder("greenlight.ingest.rejected").tag("reason", r.tag())
                    .description("Requests refused, by reason").register(registry);
        }
        Gauge.builder("greenlight.write.queue.depth", queueDepth).description("Batches waiting to be written")
                .register(registry);
        checks = Timer.builder("greenlight.ingest.check").description("Time to read, parse and check a batch's "
                + "body, before it is queued").register(registry);
        writes = Timer.builder("greenlight.store.write").description("Time one write transaction took, from its "
                + "first statement to its commit (every batch that was waiting, in one transaction)")
                .register(registry);
        writeRows = DistributionSummary.builder("greenlight.store.write.rows").description("Rows per write "
                + "transaction").register(registry);
        housekeeping = Timer.builder("greenlight.store.housekeeping").description("Time the store's housekeeping "
                + "took, run once no batch has waited for a second after a write (DuckDB: its checkpoint, which moves "
                + "the log's rows into the database file; PostgreSQL: nothing)").register(registry);
    }

    /** Counts the time a batch took to be read, parsed and checked. */
    public void checked(long nanos) {
        checks.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The store's writes, timed and counted: where a batch's time goes once it is queued. */
    public BatchSink timed(BatchSink store) {
        return (p, l) -> {
            long start = System.nanoTime();
            WriteOutcome o = store.write(p, l);
            writes.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            writeRows.record(p.size() + l.size());
            return o;
        };
    }

    /** The store's housekeeping, timed: what a checkpoint costs, and when one has run. */
    public Runnable timed(Runnable idle) {
        return () -> {
            long start = System.nanoTime();
            try {
                idle.run();
            } finally {
                housekeeping.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        };
    }

    private Timer batchTimer(String kind) {
        return Timer.builder("greenlight.ingest.batch").tag("kind", kind)
                .description("Time from a batch's arrival to its commit").publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    public void committed(boolean isPrediction, int rows, long nanos) {
        (isPrediction ? predictions : labels).increment(rows);
        (isPrediction ? predictionBatches : labelBatches).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    public void rejected(Rejection reason) {
        registry.counter("greenlight.ingest.rejected", "reason", reason.tag()).increment();
    }

    /** For gauges that others register (the monitoring figures). */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The metrics in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }
}
