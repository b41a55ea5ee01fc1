package dev.greenlight.checklist;

import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The breast-cancer ONNX example's data and real model files (examples/breast-cancer-onnx, made by its
 * make_models.py) under a configuration written for a test, with a benchmark plan small enough for a unit test.
 */
final class ModelProject {
    /** Seconds, not minutes: the full plan is `greenlight bench`'s business. */
    static final String SMALL_BENCH = """
            bench: {batch_sizes: [1, 4], concurrency: [1], warmup: 20, iterations: 50, max_seconds: 0.2,
                    instance_hour: 0.05}
            """;

    private ModelProject() {
    }

    static Path example(String file) {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/breast-cancer-onnx").resolve(file);
    }

    /**
     * A complete configuration of the breast-cancer task without prediction columns.
     *
     * @param models the {@code models:} section
     * @param goals  the {@code goals:} section
     */
    static GreenlightConfig config(Path dir, String models, String goals) {
        String yaml = """
                version: 1
                model: {name: logreg-under-test, version: "1"}
                task: binary
                target: target
                positive_label: 0
                columns: {id: id}
                datasets: {train: %s, test: %s}
                split: {method: stratified, seed: 42, test_size: 0.25}
                metrics: {primary: roc_auc, secondary: [recall], scoring_window: none, aggregation: row,
                          sampling: none}
                plan:
                  ground_truth: {source: s, delay: d, proxy: none, human_labels: none, sample_selection: all}
                  integration: {mode: real time, human_in_the_loop: no, feedback: f, fallback: the tree,
                                transparency: t, cost_of_error: c}
                  monitoring: {inputs: i, performance: p, thresholds: t, alerting: a, retraining: r}
                  responsible_ai: {fairness: f, reliability_and_safety: r, privacy_and_security: p,
                                   inclusiveness: i, transparency: t, accountability: a}
                """.formatted(example("train.csv"), example("test.csv")) + models + goals + SMALL_BENCH;
        try {
            Path file = dir.resolve("greenlight.yaml");
            Files.writeString(file, yaml);
            return ConfigLoader.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example's three models: logistic regression (primary), random forest, decision tree (fallback). */
    static String threeModels(String primaryExtras) {
        return """
                models:
                  - {name: logreg, type: onnx, path: %s%s}
                  - {name: forest, type: onnx, path: %s, role: candidate}
                  - {name: tree, type: pmml, path: %s, role: fallback}
                """.formatted(example("models/logreg.onnx"), primaryExtras, example("models/forest.onnx"),
                example("models/tree.pmml"));
    }
}
