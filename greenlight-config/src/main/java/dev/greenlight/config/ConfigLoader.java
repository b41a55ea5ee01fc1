package dev.greenlight.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.Task;
import dev.greenlight.provenance.Fingerprint;
import dev.greenlight.table.ColumnType;
import dev.greenlight.text.Suggestions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates {@code greenlight.yaml}: YAML syntax, then the JSON Schema, then what a schema cannot say
 * (prediction columns that fit the task, metric names that exist, data files that exist). Every problem is
 * collected and reported together, each with file, line and key.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static GreenlightConfig load(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidConfigException(file + ": configuration file not found");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidConfigException(file + ": cannot read the configuration file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidConfigException(file + ": cannot read the configuration file (" + e.getMessage() + ")");
        }
        return parse(file, new String(bytes, StandardCharsets.UTF_8), Fingerprint.sha256(bytes));
    }

    /**
     * Validates and binds a tree built in code ({@link ConfigBuilder}); {@code file} names it in messages and is
     * the folder relative paths resolve against. The hash is that of the tree's compact JSON.
     */
    static GreenlightConfig fromTree(Path file, com.fasterxml.jackson.databind.node.ObjectNode root) {
        ConfigLocations locations = new ConfigLocations(file, Map.of());
        List<String> problems = new ArrayList<>(SchemaValidator.validate(root, locations));
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        Binder binder = new Binder(file, root, locations, Map.of());
        GreenlightConfig config = binder.bind(Fingerprint.sha256(root.toString().getBytes(StandardCharsets.UTF_8)));
        if (!binder.problems.isEmpty()) {
            throw new InvalidConfigException(binder.problems);
        }
        return config;
    }

    static GreenlightConfig parse(Path file, String text, String sha256) {
        YamlTree tree = YamlTree.parse(file, text);
        List<String> problems = new ArrayList<>(tree.problems);
        if (!tree.root.isObject()) {
            throw new InvalidConfigException(file + ":1: expected a mapping of keys (model:, task:, ...), found "
                    + tree.root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        problems.addAll(SchemaValidator.validate(tree.root, tree.locations));
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        Binder binder = new Binder(file, tree.root, tree.locations, tree.scalarText);
        GreenlightConfig config = binder.bind(sha256);
        if (!binder.problems.isEmpty()) {
            throw new InvalidConfigException(binder.problems);
        }
        return config;
    }

    /** Turns the validated tree into records, collecting the problems a schema cannot express. */
    private static final class Binder {
        private final Path file;
        private final JsonNode root;
        private final ConfigLocations loc;
        private final Map<String, String> scalarText;
        private final List<String> problems = new ArrayList<>();

        Binder(Path file, JsonNode root, ConfigLocations loc, Map<String, String> scalarText) {
            this.file = file;
            this.root = root;
            this.loc = loc;
            this.scalarText = scalarText;
        }

        GreenlightConfig bind(String sha256) {
            Task task = Task.fromKey(root.get("task").asText());
            JsonNode m = root.get("model");
            var model = new GreenlightConfig.ModelInfo(m.get("name").asText(), text(m, "version"),
                    text(m, "description"), text(m, "owner"));
            var prediction = prediction(task);
            JsonNode c = root.path("columns");
            var columns = new GreenlightConfig.RoleColumns(text(c, "id"), text(c, "timestamp"), text(c, "group"),
                    text(c, "weight"));
            JsonNode s = root.get("split");
            var split = s == null ? null : new GreenlightConfig.SplitInfo(s.get("method").asText(),
                    s.has("seed") ? s.get("seed").asLong() : null,
                    s.has("test_size") ? s.get("test_size").asDouble() : null, text(s, "by"),
                    text(s, "description"), text(s, "script"), manifest(s));
            // as written: YAML 1.1 reads a label yes (or no, on, off) as a boolean, but the data holds the word
            String positive = root.has("positive_label")
                    ? scalarText.getOrDefault("/positive_label", text(root, "positive_label")) : null;
            if (positive != null && task != Task.BINARY) {
                problems.add(loc.describe("/positive_label", "only a binary task has a positive label (task is "
                        + task.key() + ")"));
            }
            return new GreenlightConfig(file, sha256, model, task, root.get("target").asText(), positive,
                    prediction, columns, datasets(), split, features(), strings(root.path("sensitive")),
                    strings(root.path("slices")), metrics(task, prediction), baselines(task), goals(task),
                    checks(), plan(), waivers(), loc, ModelBinder.models(root, loc, file, problems),
                    ModelBinder.bench(root.path("bench")), labels(), skew(), plugins(), monitoring());
        }

        private List<Path> plugins() {
            List<Path> out = new ArrayList<>();
            JsonNode list = root.path("plugins");
            for (int i = 0; i < list.size(); i++) {
                Path p = Path.of(list.get(i).asText());
                Path resolved = p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p).normalize();
                if (!Files.exists(resolved)) {
                    problems.add(loc.describe("/plugins/" + i, "plug-in not found: " + resolved + " (expected a "
                            + ".jar file or a folder of them)"));
                }
                out.add(resolved);
            }
            return out;
        }

        private GreenlightConfig.Monitoring monitoring() {
            JsonNode m = root.get("monitoring");
            if (m == null) {
                return GreenlightConfig.Monitoring.NONE;
            }
            int chunkings = (m.has("chunk_size") ? 1 : 0) + (m.has("chunk_count") ? 1 : 0)
                    + (m.has("chunk_period") ? 1 : 0);
            if (chunkings > 1) {
                problems.add(loc.describe("/monitoring", "give at most one of chunk_size, chunk_count and "
                        + "chunk_period"));
            }
            if (m.has("chunk_period") && text(root.path("columns"), "timestamp") == null) {
                problems.add(loc.describe("/monitoring/chunk_period", "chunking by calendar period needs "
                        + "columns.timestamp"));
            }
            if ((m.has("labels") || m.has("label_timestamp")) && text(root.path("columns"), "id") == null) {
                problems.add(loc.describe("/monitoring/labels", "joining a labels file needs columns.id"));
            }
            Map<String, Double> goals = new LinkedHashMap<>();
            m.path("goals").fields().forEachRemaining(e -> goals.put(e.getKey(), e.getValue().asDouble()));
            JsonNode r = m.path("recommend");
            return new GreenlightConfig.Monitoring(true, path(m, "reference", "/monitoring/"),
                    path(m, "analysis", "/monitoring/"), path(m, "labels", "/monitoring/"),
                    text(m, "label_timestamp"), m.has("chunk_size") ? m.get("chunk_size").asInt() : null,
                    m.has("chunk_count") ? m.get("chunk_count").asInt() : null, text(m, "chunk_period"),
                    strings(m.path("metrics")), m.has("sigmas") ? m.get("sigmas").asDouble() : null,
                    text(m, "calibration"), m.has("drift") ? m.get("drift").asBoolean() : null,
                    m.has("multivariate") ? m.get("multivariate").asBoolean() : null,
                    m.has("change_alpha") ? m.get("change_alpha").asDouble() : null, goals,
                    r.has("retrain_after") ? r.get("retrain_after").asInt() : null,
                    r.has("rollback_from_start") ? r.get("rollback_from_start").asBoolean() : null,
                    r.has("drift_share") ? r.get("drift_share").asDouble() : null);
        }

        private GreenlightConfig.PredictionColumns prediction(Task task) {
            JsonNode p = root.get("prediction");
            if (p == null) {
                return GreenlightConfig.PredictionColumns.fromModel(task);
            }
            String label = text(p, "label");
            String score = text(p, "score");
            String value = text(p, "value");
            double threshold = p.has("threshold") ? p.get("threshold").asDouble() : 0.5;
            Map<String, String> probs = null;
            String prefix = null;
            JsonNode pr = p.get("probabilities");
            if (pr != null) {
                if (pr.has("prefix")) {
                    prefix = pr.get("prefix").asText();
                } else {
                    probs = new LinkedHashMap<>();
                    Iterator<Map.Entry<String, JsonNode>> it = pr.get("columns").fields();
                    while (it.hasNext()) {
                        var e = it.next();
                        probs.put(e.getKey(), e.getValue().asText());
                    }
                }
            }
            switch (task) {
                case BINARY -> {
                    if (label == null && score == null) {
                        problems.add(loc.describe("/prediction", "a binary task needs 'label' (predicted class) "
                                + "or 'score' (positive-class probability), or both"));
                    }
                    forbid(value, "/prediction/value", "a binary task reads 'label' and 'score', not 'value'");
                    forbid(pr, "/prediction/probabilities", "a binary task reads 'score' (positive class), not "
                            + "'probabilities'");
                }
                case MULTICLASS -> {
                    if (label == null && pr == null) {
                        problems.add(loc.describe("/prediction", "a multiclass task needs 'label' or "
                                + "'probabilities', or both"));
                    }
                    forbid(value, "/prediction/value", "a multiclass task reads 'label' and 'probabilities'");
                    forbid(score, "/prediction/score", "a multiclass task reads 'probabilities' (one column per "
                            + "class), not a single 'score'");
                }
                case REGRESSION, FORECAST -> {
                    if (value == null) {
                        problems.add(loc.describe("/prediction", "a " + task.key() + " task needs 'value' (the "
                                + "predicted value column)"));
                    }
                    forbid(label, "/prediction/label", "a " + task.key() + " task reads 'value', not 'label'");
                    forbid(score, "/prediction/score", "a " + task.key() + " task reads 'value', not 'score'");
                    forbid(pr, "/prediction/probabilities", "a " + task.key() + " task reads 'value'");
                }
            }
            if (p.has("threshold") && (task != Task.BINARY || score == null)) {
                problems.add(loc.describe("/prediction/threshold", "a threshold applies to a binary task's score"));
            }
            return new GreenlightConfig.PredictionColumns(label, score, threshold, probs, prefix, value);
        }

        private void forbid(Object present, String path, String message) {
            if (present != null) {
                problems.add(loc.describe(path, message));
            }
        }

        private GreenlightConfig.Datasets datasets() {
            JsonNode d = root.get("datasets");
            return new GreenlightConfig.Datasets(path(d, "train"), path(d, "test"), path(d, "validation"),
                    path(d, "production"));
        }

        private Path manifest(JsonNode split) {
            String t = text(split, "manifest");
            if (t == null) {
                return null;
            }
            Path p = Path.of(t);
            Path resolved = p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p).normalize();
            if (!Files.isRegularFile(resolved)) {
                problems.add(loc.describe("/split/manifest", "split manifest not found: " + resolved));
            }
            return resolved;
        }

        private GreenlightConfig.LabelSources labels() {
            JsonNode l = root.get("labels");
            if (l == null) {
                return GreenlightConfig.LabelSources.NONE;
            }
            return new GreenlightConfig.LabelSources(strings(l.path("raters")), text(l, "proxy"),
                    text(l, "labelled_at"), text(l, "dataset"));
        }

        private GreenlightConfig.SkewSource skew() {
            JsonNode k = root.get("skew");
            if (k == null) {
                return null;
            }
            return new GreenlightConfig.SkewSource(path(k, "training", "/skew/"), path(k, "serving", "/skew/"),
                    k.get("id").asText(), strings(k.path("columns")),
                    k.has("tolerance") ? k.get("tolerance").asDouble() : 1e-6,
                    k.has("max_differing_share") ? k.get("max_differing_share").asDouble() : 0.0);
        }

        private Path path(JsonNode d, String key) {
            return path(d, key, "/datasets/");
        }

        private Path path(JsonNode d, String key, String pointer) {
            String t = text(d, key);
            if (t == null) {
                return null;
            }
            Path p = Path.of(t);
            Path resolved = p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p).normalize();
            if (!Files.exists(resolved)) {
                problems.add(loc.describe(pointer + key, "data file not found: " + resolved));
            } else if (!Files.isReadable(resolved) || Files.isDirectory(resolved)) {
                problems.add(loc.describe(pointer + key, "cannot read the data file " + resolved));
            }
            return resolved;
        }

        private GreenlightConfig.Features features() {
            JsonNode f = root.path("features");
            Map<String, ColumnType> types = new LinkedHashMap<>();
            f.path("types").fields().forEachRemaining(e -> types.put(e.getKey(),
                    ColumnType.fromKey(e.getValue().asText())));
            return new GreenlightConfig.Features(f.has("include") ? strings(f.get("include")) : null,
                    strings(f.path("exclude")), types);
        }

        private GreenlightConfig.MetricsDefinition metrics(Task task, GreenlightConfig.PredictionColumns p) {
            JsonNode md = root.path("metrics");
            boolean scores = p.score() != null || p.probabilities() != null || p.probabilityPrefix() != null;
            String primary = text(md, "primary");
            boolean declared = primary != null;
            if (primary == null) {
                primary = MetricCatalog.defaultPrimary(task, scores);
            } else {
                checkMetric(task, primary, "/metrics/primary");
            }
            List<String> secondary;
            if (md.has("secondary")) {
                secondary = strings(md.get("secondary"));
                for (int i = 0; i < secondary.size(); i++) {
                    checkMetric(task, secondary.get(i), "/metrics/secondary/" + i);
                }
            } else {
                secondary = new ArrayList<>(MetricCatalog.defaultSecondary(task, scores));
                secondary.remove(primary);
            }
            String rule = text(md, "aggregate_rule");
            if (rule == null) {
                rule = task.isClassification() ? "any" : "mean";
            } else if (rule.equals("any") && !task.isClassification()) {
                problems.add(loc.describe("/metrics/aggregate_rule", "'any' combines class labels; a " + task.key()
                        + " task combines values with mean or max"));
            }
            Map<String, Double> priors = new LinkedHashMap<>();
            md.path("production_priors").fields().forEachRemaining(e -> priors.put(e.getKey(),
                    e.getValue().asDouble()));
            if (!priors.isEmpty()) {
                if (!task.isClassification()) {
                    problems.add(loc.describe("/metrics/production_priors", "class priors apply to classification; "
                            + "the task is " + task.key()));
                }
                double sum = priors.values().stream().mapToDouble(Double::doubleValue).sum();
                if (Math.abs(sum - 1) > 1e-6) {
                    problems.add(loc.describe("/metrics/production_priors", "the class shares sum to " + sum
                            + ", expected 1"));
                }
            }
            return new GreenlightConfig.MetricsDefinition(primary, declared, secondary, text(md, "scoring_window"),
                    text(md, "aggregation"), text(md, "sampling"), text(md, "aggregate_by"), rule, priors);
        }

        private void checkMetric(Task task, String name, String path) {
            List<String> valid = MetricCatalog.names(task);
            if (!valid.isEmpty() && !valid.contains(name)) {
                problems.add(loc.describe(path, "unknown metric '" + name + "' for a " + task.key() + " task"
                        + Suggestions.didYouMean(name, valid) + "; valid: " + String.join(", ", valid)));
            }
        }

        private List<GreenlightConfig.TeamBaseline> baselines(Task task) {
            List<GreenlightConfig.TeamBaseline> out = new ArrayList<>();
            JsonNode list = root.path("baselines");
            for (int i = 0; i < list.size(); i++) {
                JsonNode b = list.get(i);
                String metric = text(b, "metric");
                if (metric != null) {
                    checkMetric(task, metric, "/baselines/" + i + "/metric");
                }
                String kind = text(b, "kind");
                if (kind == null && b.has("column")) {
                    kind = task.isClassification() ? "label" : "value";
                }
                if ("value".equals(kind) == task.isClassification() && kind != null) {
                    problems.add(loc.describe("/baselines/" + i + "/kind", "kind '" + kind + "' does not fit a "
                            + task.key() + " task (" + (task.isClassification() ? "label or score" : "value") + ")"));
                }
                out.add(new GreenlightConfig.TeamBaseline(b.get("name").asText(), text(b, "column"), kind,
                        text(b, "description"), metric, b.has("value") ? b.get("value").asDouble() : null,
                        b.path("rows").asInt(0), text(b, "source")));
            }
            return out;
        }

        private List<GreenlightConfig.Goal> goals(Task task) {
            List<GreenlightConfig.Goal> out = new ArrayList<>();
            JsonNode goals = root.path("goals");
            for (int i = 0; i < goals.size(); i++) {
                JsonNode g = goals.get(i);
                String metric = g.get("metric").asText();
                String path = "/goals/" + i;
                if (SystemMeasure.fromKey(metric) == null) {
                    List<String> valid = new ArrayList<>(MetricCatalog.names(task));
                    valid.addAll(SystemMeasure.keys());
                    if (!MetricCatalog.names(task).isEmpty() && !MetricCatalog.names(task).contains(metric)) {
                        problems.add(loc.describe(path + "/metric", "unknown metric or measure '" + metric + "'"
                                + Suggestions.didYouMean(metric, valid) + "; valid: " + String.join(", ", valid)));
                    }
                }
                Double min = g.has("min") ? g.get("min").asDouble() : null;
                Double max = g.has("max") ? g.get("max").asDouble() : null;
                if (min != null && max != null && min > max) {
                    problems.add(loc.describe(path, "min " + min + " is above max " + max));
                }
                SystemMeasure measure = SystemMeasure.fromKey(metric);
                for (String bound : new String[] {"min", "max"}) {
                    Double v = bound.equals("min") ? min : max;
                    if (measure != null && v != null && v < 0) {
                        problems.add(loc.describe(path + "/" + bound, metric + " (" + measure.description()
                                + ") is never negative, so a " + bound + " of " + g.get(bound).asText()
                                + " is a typo"));
                    }
                }
                out.add(new GreenlightConfig.Goal(metric, min, max, g.path("hard").asBoolean(false),
                        g.has("dataset") ? g.get("dataset").asText() : "test", text(g, "note")));
            }
            return out;
        }

        private CheckSettings checks() {
            return CheckSettingsBinder.bind(root.path("checks"));
        }

        private Map<String, Map<String, String>> plan() {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            root.path("plan").fields().forEachRemaining(section -> {
                Map<String, String> answers = new LinkedHashMap<>();
                section.getValue().fields().forEachRemaining(a -> answers.put(a.getKey(), scalarText.getOrDefault(
                        "/plan/" + section.getKey() + "/" + a.getKey(), a.getValue().asText())));
                out.put(section.getKey(), answers);
            });
            return out;
        }

        private List<GreenlightConfig.Waiver> waivers() {
            List<GreenlightConfig.Waiver> out = new ArrayList<>();
            JsonNode ws = root.path("waivers");
            List<String> items = new ArrayList<>();
            for (int i = 0; i < ws.size(); i++) {
                JsonNode w = ws.get(i);
                String path = "/waivers/" + i;
                LocalDate date = date(w, "date", path);
                LocalDate expires = date(w, "expires", path);
                if (date != null && date.isAfter(LocalDate.now())) {
                    problems.add(loc.describe(path + "/date", "the decision date " + date + " is in the future; a "
                            + "waiver records a decision already taken (today is " + LocalDate.now() + ")"));
                }
                if (date != null && expires != null && !expires.isAfter(date)) {
                    problems.add(loc.describe(path + "/expires", "expires " + expires + " is not after the "
                            + "decision date " + date));
                }
                String item = w.get("item").asText();
                if (items.contains(item)) {
                    problems.add(loc.describe(path + "/item", "a second waiver for '" + item + "'; keep one"));
                }
                items.add(item);
                out.add(new GreenlightConfig.Waiver(item, w.get("reason").asText().strip(),
                        w.get("owner").asText().strip(), date, expires));
            }
            return out;
        }

        private LocalDate date(JsonNode w, String key, String path) {
            String t = text(w, key);
            if (t == null) {
                return null;
            }
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                problems.add(loc.describe(path + "/" + key, "'" + t + "' is not a calendar date (YYYY-MM-DD)"));
                return null;
            }
        }

        private static String text(JsonNode n, String key) {
            JsonNode v = n == null ? null : n.get(key);
            return v == null || v.isNull() ? null : v.asText();
        }

        private static List<String> strings(JsonNode arr) {
            List<String> out = new ArrayList<>();
            arr.forEach(v -> out.add(v.asText()));
            return out;
        }
    }
}
