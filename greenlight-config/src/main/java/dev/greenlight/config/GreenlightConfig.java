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
 * @param checks        thresholds and settings of the checks, typed, with their defaults
 * @param plan          the production plan's answers, by section and question key
 * @param waivers       informed decisions
 * @param locations     where each key stands in the file, for messages that point at a line
 * @param models        models Greenlight runs itself, primary first; empty when the data holds the predictions
 * @param bench         how models are benchmarked and what a machine costs
 * @param labels        rater, proxy and label-time columns ({@code labels:}); {@link LabelSources#NONE} if absent
 * @param skew          the training and serving files of the same records ({@code skew:}), or null
 * @param plugins       jars (or folders of jars) that add model providers and checks, resolved; empty when none
 */
public record GreenlightConfig(Path file, String sha256, ModelInfo model, Task task, String target,
                               String positiveLabel, PredictionColumns prediction, RoleColumns columns,
                               Datasets datasets, SplitInfo split, Features features, List<String> sensitive,
                               List<String> slices, MetricsDefinition metrics, List<TeamBaseline> baselines,
                               List<Goal> goals,
                               CheckSettings checks, Map<String, Map<String, String>> plan, List<Waiver> waivers,
                               ConfigLocations locations, List<ModelConfig> models, BenchSettings bench,
                               LabelSources labels, SkewSource skew, List<Path> plugins, Monitoring monitoring) {

    public GreenlightConfig {
        plugins = List.copyOf(plugins);
        monitoring = monitoring == null ? Monitoring.NONE : monitoring;
        models = List.copyOf(models);
        sensitive = List.copyOf(sensitive);
        slices = List.copyOf(slices);
        baselines = List.copyOf(baselines);
        goals = List.copyOf(goals);
        waivers = List.copyOf(waivers);
        plan = Map.copyOf(plan);
    }

    /**
     * Starts a configuration in code, validated exactly as a {@code greenlight.yaml} would be, so Java programs and
     * tests need no YAML on disk.
     */
    public static ConfigBuilder builder() {
        return new ConfigBuilder();
    }

    /**
     * Every local file this configuration names for reading: itself, the datasets, the split manifest, the model
     * files, the plug-ins, and the skew and monitoring files. No command may write over one of them.
     */
    public List<Path> inputFiles() {
        List<Path> out = new java.util.ArrayList<>();
        out.add(file);
        out.addAll(datasets.declared().values());
        if (split != null) {
            out.add(split.manifest());
        }
        models.forEach(m -> out.add(m.path()));
        out.addAll(plugins);
        if (skew != null) {
            out.add(skew.training());
            out.add(skew.serving());
        }
        out.add(monitoring.reference());
        out.add(monitoring.analysis());
        out.add(monitoring.labels());
        out.removeIf(java.util.Objects::isNull);
        return out;
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

    /** The model under review, when the configuration names models. */
    public Optional<ModelConfig> primaryModel() {
        return models.stream().filter(m -> m.role() == ModelRole.PRIMARY).findFirst();
    }

    /** The model that serves when the primary fails, if one is declared. */
    public Optional<ModelConfig> fallbackModel() {
        return models.stream().filter(m -> m.role() == ModelRole.FALLBACK).findFirst();
    }

    /** The named model, if configured. */
    public Optional<ModelConfig> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * A model Greenlight runs itself ({@code models[]}); see {@code docs/configuration.md}.
     *
     * @param name         unique within the file
     * @param type         {@code onnx}, {@code pmml}, {@code remote} or {@code jvm}
     * @param role         what it is for
     * @param path         the model file (resolved against the configuration's folder), or null
     * @param url          remote: the endpoint, else null
     * @param protocol     remote: {@code open-inference} or {@code mlflow}, else null
     * @param provider     jvm: the provider's name, else null
     * @param inputs       the columns the model reads, in order, or null for the features
     * @param outputs      which outputs hold what (every part may be null: found from the model)
     * @param timeout      longest wait for one call, or null when undeclared (see {@link #timeoutOrDefault()})
     * @param device       onnx: {@code cpu} or {@code cuda}; else null
     * @param threads      onnx: threads per call, or null for the runtime's default
     * @param instanceHour price per hour of its machine, or null to use {@link BenchSettings#instanceHour()}
     * @param options      adapter settings as text
     */
    public record ModelConfig(String name, String type, ModelRole role, Path path, java.net.URI url, String protocol,
                              String provider, List<String> inputs, ModelOutputs outputs,
                              java.time.Duration timeout, String device, Integer threads, Double instanceHour,
                              Map<String, String> options) {
        /** Waiting longer than this for one call is treated as a failure when no timeout is declared. */
        public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(60);

        public ModelConfig {
            inputs = inputs == null ? null : List.copyOf(inputs);
            options = Map.copyOf(options);
        }

        public java.time.Duration timeoutOrDefault() {
            return timeout == null ? DEFAULT_TIMEOUT : timeout;
        }

        /** Where the model is, for messages: its file or its URL. */
        public String location() {
            return path != null ? path.toString() : url != null ? url.toString() : "provider " + provider;
        }
    }

    /**
     * Names of a model's outputs; null parts are found from the outputs' names and shapes.
     *
     * @param classes the class of each probability column when the model does not name them, or null
     */
    public record ModelOutputs(String label, String probabilities, String value, List<String> classes) {
        public static final ModelOutputs DETECT = new ModelOutputs(null, null, null, null);

        public ModelOutputs {
            classes = classes == null ? null : List.copyOf(classes);
        }
    }

    /**
     * How models are benchmarked ({@code bench:}); every default is documented in {@code docs/configuration.md}.
     *
     * @param batchSizes   rows per call whose latency is measured
     * @param concurrency  threads calling at once, one row per call
     * @param warmup       unrecorded calls before each measurement
     * @param iterations   recorded calls per measurement
     * @param maxSeconds   time limit of one measurement
     * @param instanceHour price of a machine per hour, or null when unknown (cost is then not computed)
     * @param currency     the prices' currency
     */
    public record BenchSettings(List<Integer> batchSizes, List<Integer> concurrency, int warmup, int iterations,
                                double maxSeconds, Double instanceHour, String currency) {
        public static final BenchSettings DEFAULT = new BenchSettings(List.of(1, 32, 256), List.of(1, 4), 1000, 2000,
                5.0, null, "USD");

        public BenchSettings {
            batchSizes = List.copyOf(batchSizes);
            concurrency = List.copyOf(concurrency);
        }

        /** The price per hour that applies to a model: its own, else this one; null when neither is set. */
        public Double instanceHour(ModelConfig m) {
            return m.instanceHour() != null ? m.instanceHour() : instanceHour;
        }
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
        /** Prefix of the columns Greenlight adds when a configured model scores a dataset. */
        public static final String MODEL_PREFIX = "greenlight.";

        /**
         * The columns a configured model's predictions are written to when the configuration names no prediction
         * columns: names no data file is likely to hold.
         */
        public static PredictionColumns fromModel(Task task) {
            return switch (task) {
                case BINARY -> new PredictionColumns(MODEL_PREFIX + "label", MODEL_PREFIX + "score", 0.5, null,
                        null, null);
                case MULTICLASS -> new PredictionColumns(MODEL_PREFIX + "label", null, 0.5, null,
                        MODEL_PREFIX + "p_", null);
                case REGRESSION, FORECAST -> new PredictionColumns(null, null, 0.5, null, null,
                        MODEL_PREFIX + "value");
            };
        }
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

    /**
     * What the data holds about the labels beside the target ({@code labels:}).
     *
     * @param raters     columns with several people's labels of the same rows; empty when none
     * @param proxy      a proxy label's column, or null
     * @param labelledAt a datetime column with when each label became known, or null
     * @param dataset    the dataset role holding these columns ({@code test} by default)
     */
    public record LabelSources(List<String> raters, String proxy, String labelledAt, String dataset) {
        public static final LabelSources NONE = new LabelSources(List.of(), null, null, "test");

        public LabelSources {
            raters = List.copyOf(raters);
            dataset = dataset == null ? "test" : dataset;
        }

        /** Every column named here: they have a role and are never features. */
        public List<String> columns() {
            List<String> out = new java.util.ArrayList<>(raters);
            if (proxy != null) {
                out.add(proxy);
            }
            if (labelledAt != null) {
                out.add(labelledAt);
            }
            return out;
        }

        public boolean isEmpty() {
            return columns().isEmpty();
        }
    }

    /**
     * The same records as the training and the serving pipeline produced them ({@code skew:}).
     *
     * @param columns           features to compare; empty = every column both files have
     * @param tolerance         numbers differ when {@code |t - s| > tolerance * max(1, |t|)}
     * @param maxDifferingShare a feature is skewed when more than this share of its records differ
     */
    public record SkewSource(Path training, Path serving, String id, List<String> columns, double tolerance,
                             double maxDifferingShare) {
        public SkewSource {
            columns = List.copyOf(columns);
        }
    }

    /**
     * The {@code monitoring:} section (docs/monitoring.md); null fields take the monitor's defaults.
     *
     * @param declared       whether the section is present
     * @param reference      the reference data file; null = datasets.test
     * @param analysis       the analysis data file; null = datasets.production
     * @param labels         a labels file joined by id, or null
     * @param labelTimestamp the labels file's arrival-time column, or null
     * @param chunkSize      rows per chunk, or null
     * @param chunkCount     chunks per period, or null
     * @param chunkPeriod    a calendar period per chunk (e.g. {@code 1w}), or null
     * @param metrics        metrics to follow; empty = the defaults
     * @param sigmas         band width in standard deviations, or null
     * @param calibration    auto, always or never, or null
     * @param drift          univariate drift per chunk, or null
     * @param multivariate   multivariate drift per chunk, or null
     * @param changeAlpha    family-wise level of the change-point tests, or null
     * @param goals          floor or ceiling per metric
     * @param retrainAfter   consecutive alerted chunks before 'retrain', or null
     * @param rollbackFromStart 'rollback' when they start at the first chunk, or null
     * @param driftShare     share of drifted features named as a reason, or null
     */
    public record Monitoring(boolean declared, Path reference, Path analysis, Path labels, String labelTimestamp,
                             Integer chunkSize, Integer chunkCount, String chunkPeriod, List<String> metrics,
                             Double sigmas, String calibration, Boolean drift, Boolean multivariate,
                             Double changeAlpha, Map<String, Double> goals, Integer retrainAfter,
                             Boolean rollbackFromStart, Double driftShare) {
        public static final Monitoring NONE = new Monitoring(false, null, null, null, null, null, null, null,
                List.of(), null, null, null, null, null, Map.of(), null, null, null);

        public Monitoring {
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
            goals = goals == null ? Map.of() : Map.copyOf(goals);
        }
    }
}
