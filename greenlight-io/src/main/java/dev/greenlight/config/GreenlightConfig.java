package dev.greenlight.config;

import dev.greenlight.metrics.Task;
import dev.greenlight.table.ColumnType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated {@code greenlight.yaml}. Paths are resolved against the file's folder. Built by
 * {@link ConfigLoader}; see {@code docs/schema/greenlight-config.schema.json} for every key.
 *
 * @param file          the configuration file
 * @param sha256        SHA-256 of its bytes, recorded in reports so a result can be tied to its configuration
 * @param model         the model's name and version
 * @param task          what it predicts
 * @param target        the label column
 * @param positiveLabel binary: the positive class as text, or null for the default
 * @param prediction    the output columns
 * @param columns       id, timestamp, group and weight columns (each optional)
 * @param datasets      the data files
 * @param split         how the split was made, or null when undeclared
 * @param features      which columns are features, with type overrides
 * @param sensitive     sensitive attributes
 * @param slices        slice columns
 * @param metrics       how performance is measured
 * @param baselines     baselines the team brings
 * @param goals         goals and hard limits
 * @param checks        thresholds of the checks
 * @param plan          the production plan's answers, by section and question key
 * @param waivers       informed decisions
 * @param locations     where each key stands in the file, for messages that point at a line
 */
public record GreenlightConfig(Path file, String sha256, ModelInfo model, Task task, String target,
                               String positiveLabel, PredictionColumns prediction, RoleColumns columns,
                               Datasets datasets, SplitInfo split, Features features, List<String> sensitive,
                               List<String> slices, MetricsDefinition metrics, List<TeamBaseline> baselines,
                               List<Goal> goals,
                               CheckSettings checks, Map<String, Map<String, String>> plan, List<Waiver> waivers,
                               ConfigLocations locations) {

    public GreenlightConfig {
        sensitive = List.copyOf(sensitive);
        slices = List.copyOf(slices);
        baselines = List.copyOf(baselines);
        goals = List.copyOf(goals);
        waivers = List.copyOf(waivers);
        plan = Map.copyOf(plan);
    }

    /** The folder relative paths are resolved against. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    /** The answer to a plan question, if given and not blank. */
    public Optional<String> answer(String section, String question) {
        String a = plan.getOrDefault(section, Map.of()).get(question);
        return a == null || a.isBlank() ? Optional.empty() : Optional.of(a.strip());
    }

    public record ModelInfo(String name, String version, String description, String owner) {
    }

    /**
     * @param label         predicted label column
     * @param score         binary: positive-class score column
     * @param threshold     binary: the decision threshold applied to the score when there is no label column
     * @param probabilities multiclass: class label to probability column, or null
     * @param probabilityPrefix multiclass: the prefix when probabilities are named by prefix, or null
     * @param value         regression: predicted value column
     */
    public record PredictionColumns(String label, String score, double threshold, Map<String, String> probabilities,
                                    String probabilityPrefix, String value) {
    }

    public record RoleColumns(String id, String timestamp, String group, String weight) {
    }

    /** Data files by role ({@code train}, {@code test}, {@code validation}, {@code production}). */
    public record Datasets(Path train, Path test, Path validation, Path production) {

        /** The declared datasets in checklist order, by role name. */
        public Map<String, Path> declared() {
            Map<String, Path> out = new java.util.LinkedHashMap<>();
            out.put("train", train);
            out.put("test", test);
            if (validation != null) {
                out.put("validation", validation);
            }
            if (production != null) {
                out.put("production", production);
            }
            return out;
        }
    }

    /**
     * @param manifest the split manifest written by {@code greenlight split}, resolved, or null
     */
    public record SplitInfo(String method, Long seed, Double testSize, String by, String description,
                            String script, Path manifest) {
    }

    public record Features(List<String> include, List<String> exclude, Map<String, ColumnType> types) {
        public Features {
            include = include == null ? null : List.copyOf(include);
            exclude = List.copyOf(exclude);
            types = Map.copyOf(types);
        }
    }

    /**
     * @param primary       the primary metric (defaulted per task when undeclared)
     * @param primaryDeclared whether the team named it
     * @param secondary     secondary metrics
     * @param scoringWindow the period one production metric covers, or null when undeclared
     * @param aggregation   the evaluation unit, or null when undeclared
     * @param sampling      how the evaluation data was sampled relative to production, or null when undeclared
     * @param aggregateBy   the evaluation unit's column, or null when rows are the unit
     * @param aggregateRule how a unit's rows combine: any, mean or max (defaulted per task)
     * @param productionPriors classification: each class label's share in production, or empty
     */
    public record MetricsDefinition(String primary, boolean primaryDeclared, List<String> secondary,
                                    String scoringWindow, String aggregation, String sampling, String aggregateBy,
                                    String aggregateRule, Map<String, Double> productionPriors) {
        public MetricsDefinition {
            secondary = List.copyOf(secondary);
            productionPriors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(productionPriors));
        }
    }

    /**
     * A baseline the team brings: either an existing system's output column ({@code column}, with its {@code kind}),
     * or a stated number ({@code metric} and {@code value}); the other fields are null.
     *
     * @param name        its name in reports
     * @param column      the test data's column with the existing system's output, or null
     * @param kind        label, score or value, or null
     * @param description what it is, or null
     * @param metric      the metric of a stated number, or null
     * @param value       the stated number, or null
     * @param rows        rows the stated number was measured on (0 when unknown)
     * @param source      where the stated number comes from, or null
     */
    public record TeamBaseline(String name, String column, String kind, String description, String metric,
                               Double value, int rows, String source) {
        public boolean isStated() {
            return column == null;
        }
    }

    /**
     * @param metric  an ML metric name or a system measure
     * @param min     lower bound, or null
     * @param max     upper bound, or null
     * @param hard    whether missing it fails the item
     * @param dataset the dataset an ML metric is measured on
     * @param note    the team's note
     */
    public record Goal(String metric, Double min, Double max, boolean hard, String dataset, String note) {

        /** The bound in words, e.g. {@code >= 0.85} or {@code <= 50}. */
        public String bound() {
            StringBuilder b = new StringBuilder();
            if (min != null) {
                b.append(">= ").append(format(min));
            }
            if (max != null) {
                b.append(b.length() > 0 ? " and " : "").append("<= ").append(format(max));
            }
            return b.toString();
        }

        public boolean isMetBy(double value) {
            return (min == null || value >= min) && (max == null || value <= max);
        }

        private static String format(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** A team's informed decision to accept a failing item for now. */
    public record Waiver(String item, String reason, String owner, java.time.LocalDate date,
                         java.time.LocalDate expires) {
    }
}
