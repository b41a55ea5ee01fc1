package dev.greenlight.config;

import dev.greenlight.fairness.SensitiveAttributes;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.Task;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Table;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a commented {@code greenlight.yaml} for a pair of train and test files: task and column types inferred
 * from the data, every other section present with its questions left open, so the first {@code greenlight check}
 * shows exactly what the team still has to decide.
 */
public final class ConfigTemplate {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y",
            "n", "~");
    private static final List<String> LABEL_NAMES = List.of("prediction", "predicted", "y_pred", "pred",
            "predicted_label", "label_pred");
    private static final List<String> SCORE_NAMES = List.of("score", "y_pred_proba", "predicted_probability",
            "probability", "proba", "y_score");

    /**
     * What the user told {@code init}.
     *
     * @param train      the training file
     * @param trainTable its contents as read (column types inferred from the data)
     * @param test       the test file
     * @param target     the label column
     * @param prediction the predicted label (classification) or value (regression) column, or null to guess
     * @param score      the positive-class score column, or null to guess
     * @param task       the task, or null to infer
     * @param configDir  the folder the configuration will be written to (paths are made relative to it)
     */
    public record Request(Path train, Table trainTable, Path test, String target, String prediction, String score,
                         Task task, Path configDir) {
    }

    private ConfigTemplate() {
    }

    public static String render(Request r, LocalDate today) {
        Column targetColumn = r.trainTable().column(r.target());
        TaskInference.Guess guess = r.task() != null ? new TaskInference.Guess(r.task(), "given with --task")
                : r.score() != null ? new TaskInference.Guess(Task.BINARY, "a score column was given")
                : TaskInference.infer(targetColumn);
        Task task = guess.task();
        List<String> columns = r.trainTable().columnNames();
        String prediction = r.prediction() != null ? r.prediction() : guessColumn(columns, LABEL_NAMES);
        String score = r.score() != null ? r.score()
                : task == Task.BINARY ? guessColumn(columns, SCORE_NAMES) : null;

        StringBuilder y = new StringBuilder();
        y.append("# Greenlight configuration, written by `greenlight init` on ").append(today).append(".\n");
        y.append("# Every key is described in docs/configuration.md (JSON Schema: docs/schema/greenlight-config.schema."
                + "json).\n# Paths are relative to this file's folder. Run: greenlight check <this file> --out report\n");
        y.append("version: 1\n\n");
        y.append("model:\n  name: ").append(q(stripExtension(r.train().getFileName().toString()) + "-model"))
                .append("   # your model's name\n  version: \"0.1.0\"\n\n");
        y.append("task: ").append(task.key()).append("   # ").append(guess.reason()).append('\n');
        y.append("target: ").append(q(r.target())).append('\n');
        if (task == Task.BINARY) {
            y.append("# positive_label: 1   # the positive class; default: the larger label, as scikit-learn\n");
        }
        y.append("\nprediction:\n");
        if (task.isClassification()) {
            line(y, "  label", prediction, "the predicted class", r.prediction() == null);
            if (task == Task.BINARY) {
                line(y, "  score", score, "probability of the positive class", r.score() == null);
            } else {
                y.append("  # probabilities: {prefix: p_}   # one probability column per class, named prefix+label\n");
            }
        } else {
            line(y, "  value", prediction, "the predicted value", r.prediction() == null);
        }
        y.append("\ndatasets:\n  train: ").append(q(relative(r.configDir(), r.train())))
                .append("\n  test: ").append(q(relative(r.configDir(), r.test())))
                .append("\n  # validation: validation.csv\n  # production: production-sample.csv   # recent inputs, "
                        + "labels optional\n\n");
        y.append("# How train and test were made; the benchmark item fails until this is declared.\n");
        y.append("# split:\n#   method: stratified   # random | stratified | group | time | predefined\n"
                + "#   seed: 42\n#   test_size: 0.25\n#   script: \"python make_split.py\"\n\n");

        Set<String> roles = new LinkedHashSet<>();
        roles.add(r.target());
        if (prediction != null) {
            roles.add(prediction);
        }
        if (score != null) {
            roles.add(score);
        }
        List<String> ids = new ArrayList<>();
        for (String c : columns) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (!roles.contains(c) && (lc.equals("id") || lc.endsWith("_id") || lc.equals("index"))) {
                ids.add(c);
            }
        }
        if (!ids.isEmpty()) {
            y.append("columns:\n  id: ").append(q(ids.get(0))).append("\n\n");
            roles.add(ids.get(0));
        }
        y.append("features:\n  # include: [...]   # default: every column without another role\n  types:   # "
                + "inferred from ").append(r.train().getFileName().toString()).append("; correct any that is wrong\n");
        List<String> sensitive = new ArrayList<>();
        for (Column c : r.trainTable().columns()) {
            if (roles.contains(c.name())) {
                continue;
            }
            java.util.TreeSet<Long> codes = c.type() == ColumnType.NUMERIC ? IntegerCodes.of(c) : null;
            if (codes != null) {
                y.append("    ").append(q(c.name())).append(": categorical   # integer codes (").append(codes.size())
                        .append(" values, ").append(codes.first()).append(" to ").append(codes.last())
                        .append("); write numeric if they are counts or amounts\n");
            } else {
                y.append("    ").append(q(c.name())).append(": ").append(c.type().key()).append('\n');
            }
            if (SensitiveAttributes.looksSensitive(c.name())) {
                sensitive.add(c.name());
            }
        }
        y.append('\n');
        if (sensitive.isEmpty()) {
            y.append("# sensitive: [sex, age]   # attributes for the fairness review\n");
        } else {
            y.append("sensitive: [").append(String.join(", ", sensitive.stream().map(ConfigTemplate::q).toList()))
                    .append("]   # look sensitive by name; check the list\n");
        }
        y.append("# slices: []   # columns to report metrics per value of\n\n");

        boolean scores = score != null;
        String primary = MetricCatalog.defaultPrimary(task, scores);
        y.append("metrics:\n  primary: ").append(primary).append("   # the metric the product is judged by\n");
        y.append("  # scoring_window: 30d   # the period one production metric covers (e.g. 30d, 1w), or none\n");
        y.append("  # aggregation: row      # one evaluated unit: row, or how rows combine per customer/video\n");
        y.append("  # sampling: none        # was train/test data over- or under-sampled relative to production?\n\n");
        y.append("# Goals and hard limits; a missed hard limit fails the checklist.\n");
        y.append("# goals:\n#   - {metric: ").append(primary).append(", ")
                .append(MetricCatalog.direction(task, primary) == dev.greenlight.metrics.Direction.HIGHER_IS_BETTER
                        ? "min" : "max").append(": ..., hard: true}\n#   - {metric: latency_p99_ms, max: 50}\n\n");
        y.append("# Labels beyond the target (docs/ground-truth.md): several raters' labels of the same rows, a proxy,\n"
                + "# when each label became known.\n"
                + "# labels: {raters: [rater_a, rater_b], proxy: clicked, labelled_at: label_time}\n"
                + "# Training/serving skew (docs/skew.md): the same records from both pipelines, joined by id.\n"
                + "# skew: {training: features_training.csv, serving: features_serving.csv, id: id}\n\n");
        y.append("# The production plan: an empty answer is an open question that fails its checklist item.\n");
        y.append("plan:\n");
        String section = null;
        for (PlanQuestion pq : PlanQuestions.all()) {
            if (!pq.section().equals(section)) {
                section = pq.section();
                y.append("  ").append(section).append(":\n");
            }
            y.append("    # ").append(pq.question()).append('\n');
            y.append("    ").append(pq.key()).append(": \"\"\n");
        }
        y.append("\n# Informed decisions to accept a failing item for now (reason, owner, date):\n");
        y.append("# waivers:\n#   - item: responsible-ai\n#     reason: \"...\"\n#     owner: \"...\"\n#     date: ")
                .append(today).append('\n');
        return y.toString();
    }

    private static void line(StringBuilder y, String key, String value, String what, boolean guessed) {
        if (value == null) {
            y.append("  # ").append(key.strip()).append(": <column>   # ").append(what).append(" (not found; name it)\n");
        } else {
            y.append(key).append(": ").append(q(value)).append("   # ").append(what).append(guessed ? " (guessed by name)" : "")
                    .append('\n');
        }
    }

    private static String guessColumn(List<String> columns, List<String> names) {
        for (String n : names) {
            for (String c : columns) {
                if (c.equalsIgnoreCase(n)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String relative(Path dir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = dir.toAbsolutePath().normalize();
        try {
            return base.relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
    }

    private static String stripExtension(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A YAML scalar: plain when safe, double-quoted otherwise. */
    static String q(String s) {
        if (PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
