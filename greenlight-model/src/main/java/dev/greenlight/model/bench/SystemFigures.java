package dev.greenlight.model.bench;

import dev.greenlight.config.SystemMeasure;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Each system measure a goal may bound, read from a model's benchmark. Latency goals are judged on one-row calls
 * from one caller (a real-time request); throughput on the best measured way of calling; memory on the worker
 * process's peak resident set (the JVM included, as it would be in a serving process).
 */
public final class SystemFigures {
    private static final Map<SystemMeasure, Function<ModelBenchmark, Double>> FIGURES = figures();

    private SystemFigures() {
    }

    private static Map<SystemMeasure, Function<ModelBenchmark, Double>> figures() {
        Map<SystemMeasure, Function<ModelBenchmark, Double>> m = new EnumMap<>(SystemMeasure.class);
        m.put(SystemMeasure.LATENCY_P50_MS, b -> b.realTime().map(x -> x.latency().p50()).orElse(null));
        m.put(SystemMeasure.LATENCY_P90_MS, b -> b.realTime().map(x -> x.latency().p90()).orElse(null));
        m.put(SystemMeasure.LATENCY_P99_MS, b -> b.realTime().map(x -> x.latency().p99()).orElse(null));
        m.put(SystemMeasure.LATENCY_P999_MS, b -> b.realTime().map(x -> x.latency().p999()).orElse(null));
        m.put(SystemMeasure.THROUGHPUT_PER_S, b -> b.throughputPerS() > 0 ? b.throughputPerS() : null);
        m.put(SystemMeasure.MEMORY_MB, ModelBenchmark::peakRssMb);
        m.put(SystemMeasure.COST_PER_1K, ModelBenchmark::costPer1k);
        m.put(SystemMeasure.MODEL_SIZE_MB, ModelBenchmark::modelSizeMb);
        m.put(SystemMeasure.LOAD_MS, b -> b.loadMs());
        return m;
    }

    /** The measure's value, or null when the benchmark could not measure it (see {@link #whyMissing}). */
    public static Double value(SystemMeasure measure, ModelBenchmark b) {
        return b.ok() ? FIGURES.get(measure).apply(b) : null;
    }

    /** Why a measure has no value for this model, in a few words. */
    public static String whyMissing(SystemMeasure measure, ModelBenchmark b) {
        if (!b.ok()) {
            return "not benchmarked: " + b.error();
        }
        if (measure == SystemMeasure.COST_PER_1K) {
            return "no price: set bench.instance_hour (or the model's instance_hour)";
        }
        if (measure == SystemMeasure.MEMORY_MB) {
            return b.type().equals("remote") ? "a remote model's memory is the server's" : "not measurable on this "
                    + "system (Linux's /proc/self/status is needed)";
        }
        if (measure == SystemMeasure.MODEL_SIZE_MB) {
            return "the model has no file";
        }
        return "not measured";
    }
}
