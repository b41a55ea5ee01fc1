package dev.greenlight.checklist;

import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Small synthetic projects for tests: a binary classifier on two features whose quality is chosen, with a
 * configuration that answers every plan question, so a test changes only what it is about.
 */
public final class Fixture {

    /** Answers to every plan question. */
    public static final String PLAN = """
            plan:
              ground_truth: {source: s, delay: d, proxy: none, human_labels: none, sample_selection: all}
              integration: {mode: batch, human_in_the_loop: no, feedback: f, fallback: rule, transparency: t,
                            cost_of_error: c}
              monitoring: {inputs: i, performance: p, thresholds: t, alerting: a, retraining: r}
              responsible_ai: {fairness: f, reliability_and_safety: r, privacy_and_security: p, inclusiveness: i,
                               transparency: t, accountability: a}
            """;

    /** A configuration that satisfies every item for the default binary data (sensitive attribute declared). */
    public static final String COMPLETE_BINARY = """
            version: 1
            model: {name: toy, version: "1"}
            task: binary
            target: y
            prediction: {label: pred, score: score}
            datasets: {train: train.csv, test: test.csv}
            split: {method: stratified, seed: 1, test_size: 0.25}
            sensitive: [group]
            metrics:
              primary: roc_auc
              secondary: [accuracy]
              scoring_window: none
              aggregation: row
              sampling: none
            goals:
              - {metric: roc_auc, min: 0.7, hard: true}
            """ + PLAN;

    private Fixture() {
    }

    /**
     * Binary data: x ~ N(0,1) (shifted by {@code shift}), a categorical "group" and a label y = (x + z > 0), with z a
     * signal only the model knows (as if it had a better feature) and 10% of the labels flipped at random, so the
     * model's errors fall evenly over every slice. The score is sigmoid(strength * (x + z)): strength 0 makes an
     * uninformative model; baselines, which see only x and group, cannot match a strong one.
     */
    public static String binaryCsv(long seed, int n, double strength, double shift) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("x,group,y,pred,score\n");
        for (int i = 0; i < n; i++) {
            double x = r.nextGaussian() + shift;
            double z = r.nextGaussian();
            int y = (x + z > 0) != (r.nextDouble() < 0.1) ? 1 : 0;
            double score = 1 / (1 + Math.exp(-strength * (x + z)));
            b.append(String.format(Locale.ROOT, "%.6f,%s,%d,%d,%.6f%n", x, r.nextBoolean() ? "a" : "b", y,
                    score >= 0.5 ? 1 : 0, score));
        }
        return b.toString();
    }

    /** Writes train.csv, test.csv and greenlight.yaml (edited by {@code edit}) and loads the configuration. */
    public static GreenlightConfig project(Path dir, String train, String test, UnaryOperator<String> edit) {
        try {
            Files.writeString(dir.resolve("train.csv"), train);
            Files.writeString(dir.resolve("test.csv"), test);
            Path cfg = dir.resolve("greenlight.yaml");
            Files.writeString(cfg, edit.apply(COMPLETE_BINARY));
            return ConfigLoader.load(cfg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A good model on same-distribution train and test data, with the complete configuration. */
    public static GreenlightConfig good(Path dir) {
        return project(dir, binaryCsv(1, 600, 3, 0), binaryCsv(2, 200, 3, 0), UnaryOperator.identity());
    }
}
