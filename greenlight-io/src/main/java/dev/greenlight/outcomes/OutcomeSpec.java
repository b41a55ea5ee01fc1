package dev.greenlight.outcomes;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.metrics.Task;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which columns hold the truth and a model's output, and how a predicted label follows from scores when no column
 * holds one. Built from a configuration ({@link #of(GreenlightConfig)}) or from the command line's flags
 * ({@link #fromFlags}).
 *
 * @param task              what the model predicts
 * @param target            the true label or value
 * @param label             classification: the predicted label column, or null
 * @param score             binary: the positive class's probability column, or null
 * @param probabilities     classification: class label to probability column as declared, or null
 * @param probabilityPrefix classification: probability columns are this prefix followed by the class label, or null
 * @param value             regression: the predicted value column, or null
 * @param weight            sample weights, or null
 * @param positiveLabel     binary: the positive class, or null for the last label in sorted order (scikit-learn's
 *                          {@code pos_label=1} for 0/1 labels)
 * @param deriveLabels      whether, without a label column, the predicted label is derived from the scores (binary:
 *                          the positive class from {@code threshold} on; multiclass: the first most probable class,
 *                          as {@code numpy.argmax}); when false the outcomes hold scores only
 * @param threshold         binary: the score from which the positive class is predicted
 * @param changeTask        how the user declares another task, for messages ({@code use --task multiclass})
 */
public record OutcomeSpec(Task task, String target, String label, String score, Map<String, String> probabilities,
                          String probabilityPrefix, String value, String weight, String positiveLabel,
                          boolean deriveLabels, double threshold, String changeTask) {

    /** The cut-off scikit-learn's {@code predict} applies to a binary classifier's probability. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public OutcomeSpec {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(target, "target");
        probabilities = probabilities == null ? null : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(probabilities));
    }

    /** The columns a configuration names; predicted labels are derived from scores at its threshold. */
    public static OutcomeSpec of(GreenlightConfig config) {
        var p = config.prediction();
        return new OutcomeSpec(config.task(), config.target(), p.label(), p.score(), p.probabilities(),
                p.probabilityPrefix(), p.value(), config.columns().weight(), config.positiveLabel(), true,
                p.threshold(), "declare 'task: multiclass' in " + config.file().getFileName());
    }

    /**
     * The columns the {@code metrics}, {@code slices} and {@code fairness} flags name: {@code prediction} is the
     * predicted label for a classification and the predicted value for a regression; labels are not derived.
     */
    public static OutcomeSpec fromFlags(Task task, String target, String prediction, String score,
                                        String probabilityPrefix, String weight, String positiveLabel) {
        boolean classification = task.isClassification();
        return new OutcomeSpec(task, target, classification ? prediction : null, score, null, probabilityPrefix,
                classification ? null : prediction, weight, positiveLabel, false, DEFAULT_THRESHOLD,
                "use --task multiclass");
    }

    /** Whether any class probability column is named, by a prefix or a map. */
    public boolean hasProbabilityColumns() {
        return probabilityPrefix != null || probabilities != null;
    }

    /** Class label to probability column for the given labels; empty when none is named. */
    public Map<String, String> probabilityColumns(List<String> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : labels) {
            if (probabilities != null && probabilities.containsKey(l)) {
                out.put(l, probabilities.get(l));
            } else if (probabilityPrefix != null) {
                out.put(l, probabilityPrefix + l);
            }
        }
        return out;
    }

    /** The class labels the probability columns of {@code t} name by the prefix (empty without a prefix). */
    List<String> prefixLabels(Table t) {
        List<String> out = new ArrayList<>();
        if (probabilityPrefix == null) {
            return out;
        }
        for (String name : t.columnNames()) {
            if (name.startsWith(probabilityPrefix) && name.length() > probabilityPrefix.length()
                    && !name.equals(target) && !name.equals(label)) {
                out.add(name.substring(probabilityPrefix.length()));
            }
        }
        return out;
    }
}
