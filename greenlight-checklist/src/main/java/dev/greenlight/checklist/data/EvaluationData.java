package dev.greenlight.checklist.data;

import dev.greenlight.metrics.Task;
import dev.greenlight.outcomes.ClassLabels;
import dev.greenlight.table.ColumnType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The datasets of one configuration, read, validated and turned into outcomes, with the roles of their columns.
 *
 * @param task          what the model predicts
 * @param labels        classification: the class labels in sorted order; empty for regression
 * @param positiveLabel binary: the positive class; else null
 * @param features      feature names with their types (as in the training data)
 * @param datasets      by role, in the order train, test, validation, production
 * @param notes         things found while preparing that did not stop the run
 */
public record EvaluationData(Task task, List<String> labels, String positiveLabel,
                             Map<String, ColumnType> features, Map<String, PreparedDataset> datasets,
                             List<String> notes) {

    public EvaluationData {
        labels = List.copyOf(labels);
        features = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(features));
        datasets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(datasets));
        notes = List.copyOf(notes);
    }

    /** Classification: the classes with the positive one; null for a regression. */
    public ClassLabels classLabels() {
        return task.isClassification() ? new ClassLabels(labels, positiveLabel) : null;
    }

    public PreparedDataset train() {
        return datasets.get("train");
    }

    public PreparedDataset test() {
        return datasets.get("test");
    }

    public Optional<PreparedDataset> dataset(String role) {
        return Optional.ofNullable(datasets.get(role));
    }
}
