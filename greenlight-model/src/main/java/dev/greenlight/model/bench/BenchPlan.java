package dev.greenlight.model.bench;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.config.GreenlightConfig.BenchSettings;

import java.util.List;

/**
 * What one benchmark measures: the latency of calls of each batch size on one thread, then of one-row calls from
 * several threads at once. Each measurement first makes {@code warmup} unrecorded calls (so the JIT and the
 * runtime's caches settle), then records up to {@code iterations} calls; either phase stops at
 * {@code maxSeconds}, so a slow model shortens a measurement instead of stretching the run.
 */
public record BenchPlan(List<Integer> batchSizes, List<Integer> concurrency, int warmup, int iterations,
                        double maxSeconds) {

    public BenchPlan {
        batchSizes = List.copyOf(batchSizes);
        concurrency = List.copyOf(concurrency);
        if (batchSizes.isEmpty() || concurrency.isEmpty() || iterations < 1 || warmup < 0 || !(maxSeconds > 0)) {
            throw new InvalidDataException("invalid plan " + batchSizes + " " + concurrency + " " + warmup + " "
                    + iterations + " " + maxSeconds);
        }
    }

    public static BenchPlan of(BenchSettings s) {
        return new BenchPlan(s.batchSizes(), s.concurrency(), s.warmup(), s.iterations(), s.maxSeconds());
    }

    /** The largest batch: the sample of rows needs at least this many to vary between calls. */
    public int largestBatch() {
        return batchSizes.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** An upper bound on the time the measurements take: two phases per measurement, each capped. */
    public double maxMeasuringSeconds() {
        return (batchSizes.size() + concurrency.size()) * 2 * maxSeconds;
    }
}
