package dev.greenlight.model.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A benchmark of a configuration's models, with the harness's own overhead measured the same way on a model that
 * does nothing, so each model's latency can be read net of the measuring.
 *
 * @param machine  where it ran (processors, system, Java), for reading the figures in context
 * @param plan     what was measured
 * @param overhead the no-op model's latency with one row per call
 * @param models   one result per model, in configuration order
 */
public record BenchReport(Map<String, String> machine, BenchPlan plan, LatencySummary overhead,
                          List<ModelBenchmark> models) {

    public BenchReport {
        machine = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(machine));
        models = List.copyOf(models);
    }

    /** The harness's median cost of one call, milliseconds. */
    public double overheadMs() {
        return overhead.p50();
    }

    public Optional<ModelBenchmark> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
