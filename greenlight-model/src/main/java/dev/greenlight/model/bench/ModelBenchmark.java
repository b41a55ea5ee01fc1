package dev.greenlight.model.bench;

import java.util.List;
import java.util.Optional;

/**
 * What the benchmark measured for one model, or why it could not.
 *
 * @param name           the configured name
 * @param type           onnx, pmml, remote, jvm (or {@code noop} for the harness's own overhead)
 * @param role           primary, candidate or fallback
 * @param runtime        what ran it, e.g. {@code ONNX Runtime 1.20.0 (CPU)}
 * @param modelSizeMb    the model file's size in MiB, or null when there is no file (remote)
 * @param loadMs         time to load the model in a fresh process, milliseconds
 * @param batches        one measurement per batch size, one thread
 * @param concurrency    one measurement per concurrency level, one row per call
 * @param peakHeapMb     the benchmark process's peak Java heap, MiB (sum of the heap pools' peaks)
 * @param peakRssMb      the benchmark process's peak resident memory (VmHWM), MiB; null where not measurable
 *                       (a remote model's memory is the server's; non-Linux systems)
 * @param instanceHour   the price per hour used for the cost, or null when none is configured
 * @param currency       the price's currency
 * @param error          why the model could not be benchmarked, or null
 */
public record ModelBenchmark(String name, String type, String role, String runtime, Double modelSizeMb,
                             double loadMs, List<Measurement> batches, List<Measurement> concurrency,
                             Double peakHeapMb, Double peakRssMb, Double instanceHour, String currency,
                             String error) {

    public ModelBenchmark {
        batches = List.copyOf(batches);
        concurrency = List.copyOf(concurrency);
    }

    public static ModelBenchmark failed(String name, String type, String role, String error) {
        return new ModelBenchmark(name, type, role, null, null, Double.NaN, List.of(), List.of(), null, null, null,
                null, error);
    }

    public boolean ok() {
        return error == null;
    }

    /** The measurement of single calls of this batch size, if measured. */
    public Optional<Measurement> batch(int size) {
        return batches.stream().filter(m -> m.batchSize() == size).findFirst();
    }

    /**
     * The latency of one real-time request: one row per call, one caller. Latency goals are judged on it; without
     * a batch size of 1 in the plan, the smallest measured batch stands in.
     */
    public Optional<Measurement> realTime() {
        return batch(1).or(() -> batches.stream().min(java.util.Comparator.comparingInt(Measurement::batchSize)));
    }

    /** The highest rows-per-second over every batch size and concurrency level measured. */
    public double throughputPerS() {
        double best = 0;
        for (Measurement m : batches) {
            best = Math.max(best, m.throughputPerS());
        }
        for (Measurement m : concurrency) {
            best = Math.max(best, m.throughputPerS());
        }
        return best;
    }

    /**
     * The cost of 1,000 predictions on a machine kept busy at the best measured throughput: the price per hour
     * over the predictions one hour holds. A lower bound, since real traffic leaves the machine idle part of the
     * time. Null when no price is configured or nothing was measured.
     */
    public Double costPer1k() {
        double t = throughputPerS();
        return instanceHour == null || !(t > 0) ? null : instanceHour / (t * 3600) * 1000;
    }

    public ModelBenchmark withPrice(Double pricePerHour, String priceCurrency) {
        return new ModelBenchmark(name, type, role, runtime, modelSizeMb, loadMs, batches, concurrency, peakHeapMb,
                peakRssMb, pricePerHour, priceCurrency, error);
    }
}
