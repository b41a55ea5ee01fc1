package dev.greenlight.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures of the running system that a goal may bound, besides ML metrics. They are measured by
 * {@code greenlight bench}; until a model has been benchmarked, a goal on one is reported as not measured.
 */
public enum SystemMeasure {
    LATENCY_P50_MS("latency_p50_ms", "median prediction latency, milliseconds"),
    LATENCY_P90_MS("latency_p90_ms", "90th percentile prediction latency, milliseconds"),
    LATENCY_P99_MS("latency_p99_ms", "99th percentile prediction latency, milliseconds"),
    LATENCY_P999_MS("latency_p999_ms", "99.9th percentile prediction latency, milliseconds"),
    THROUGHPUT_PER_S("throughput_per_s", "predictions per second"),
    MEMORY_MB("memory_mb", "peak resident memory, MiB"),
    COST_PER_1K("cost_per_1k", "cost of 1,000 predictions, in the configured currency"),
    MODEL_SIZE_MB("model_size_mb", "model file size, MiB"),
    LOAD_MS("load_ms", "model load time, milliseconds");

    private final String key;
    private final String description;

    SystemMeasure(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static SystemMeasure fromKey(String key) {
        for (SystemMeasure m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    public static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (SystemMeasure m : values()) {
            out.add(m.key);
        }
        return out;
    }
}
