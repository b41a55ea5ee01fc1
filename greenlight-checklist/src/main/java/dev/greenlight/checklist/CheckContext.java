package dev.greenlight.checklist;

import dev.greenlight.checklist.data.EvaluationData;
import dev.greenlight.checklist.data.LoadedModels;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.config.CheckSettings;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricIntervals;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.progress.Progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a check may read: the configuration, the prepared data, and metrics computed once and shared between
 * checks (the benchmark and the goals read the same test metrics).
 */
public final class CheckContext {
    private final GreenlightConfig config;
    private final EvaluationData data;
    private final LocalDate today;
    private final Progress progress;
    private final LoadedModels models;
    private final Map<String, MetricValue> metricCache = new ConcurrentHashMap<>();
    private final Map<String, ConfidenceInterval> intervalCache = new ConcurrentHashMap<>();

    public CheckContext(GreenlightConfig config, EvaluationData data, LocalDate today, Progress progress) {
        this(config, data, today, progress, LoadedModels.uncached());
    }

    /** @param models the run's loaded models, shared by the checks */
    public CheckContext(GreenlightConfig config, EvaluationData data, LocalDate today, Progress progress,
                        LoadedModels models) {
        this.models = Objects.requireNonNull(models, "models");
        this.config = Objects.requireNonNull(config, "config");
        this.data = Objects.requireNonNull(data, "data");
        this.today = Objects.requireNonNull(today, "today");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public GreenlightConfig config() {
        return config;
    }

    /** The run's models: load through here so that each is loaded once per run. */
    public LoadedModels models() {
        return models;
    }

    public EvaluationData data() {
        return data;
    }

    /** The checks' thresholds and settings, typed, with their defaults ({@code checks:}). */
    public CheckSettings settings() {
        return config.checks();
    }

    /** The day waivers and dates are judged against. */
    public LocalDate today() {
        return today;
    }

    public Progress progress() {
        return progress;
    }

    public String primaryMetric() {
        return config.metrics().primary();
    }

    /**
     * The named metric on a dataset's outcomes, computed once per run; undefined (with the reason) when the dataset
     * has no predictions.
     */
    public MetricValue metric(String dataset, String metric) {
        return metricCache.computeIfAbsent(dataset + "\u0000" + metric, k -> {
            PreparedDataset d = data.datasets().get(dataset);
            if (d == null) {
                return MetricValue.undefined(metric, 0, "there is no " + dataset + " dataset");
            }
            if (d.outcomes() == null) {
                return MetricValue.undefined(metric, d.rows(), dataset + " has no labels or no predictions");
            }
            return compute(metric, d.outcomes());
        });
    }

    /**
     * The 95% interval of a metric on a dataset ({@link MetricIntervals}: Wilson, DeLong or a seeded bootstrap),
     * computed once per run; undefined with the reason when the dataset has no outcomes.
     */
    public ConfidenceInterval interval(String dataset, String metric) {
        return intervalCache.computeIfAbsent(dataset + "\u0000" + metric, k -> {
            PreparedDataset d = data.datasets().get(dataset);
            if (d == null || d.outcomes() == null) {
                return ConfidenceInterval.undefined(metric, MetricIntervals.LEVEL, "none", 0,
                        dataset + " has no labels or no predictions");
            }
            return MetricIntervals.of(data.task(), metric, d.outcomes());
        });
    }

    /** The named metric on any outcomes (a baseline's, a slice's); not cached. */
    public MetricValue compute(String metric, Outcomes outcomes) {
        return MetricCatalog.compute(data.task(), metric, outcomes);
    }

    /** Primary then secondary metrics on a dataset, in configuration order. */
    public Map<String, MetricValue> metrics(String dataset) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        out.put(primaryMetric(), metric(dataset, primaryMetric()));
        for (String m : config.metrics().secondary()) {
            out.put(m, metric(dataset, m));
        }
        return out;
    }
}
