package dev.greenlight.monitor;

import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.metrics.Task;

import java.util.List;

/**
 * Which columns of the reference and analysis tables mean what: the model's task, the row id that labels are joined
 * by, the target, the model's outputs, the timestamp and the features.
 *
 * @param task           binary, multiclass or regression (forecast is treated as regression)
 * @param id             the row id; needed to join a separate labels table, else may be null
 * @param target         the true value; required in the reference, optional in the analysis
 * @param score          binary: the positive class's score in [0, 1]; null when there is none
 * @param probaPrefix    multiclass: the prefix of the per-class probability columns ({@code proba_} for
 *                       {@code proba_a}, {@code proba_b}); null when there are none
 * @param prediction     the predicted label or value; required for regression and for label metrics
 * @param timestamp      the time of each row; needed for calendar chunks and label delays, else may be null
 * @param labelTimestamp the time each label arrived (in the labels table); null when unknown
 * @param features       the model's inputs, compared for drift and quality; empty = every column that is none of
 *                       the above
 * @param positiveLabel  binary: the positive class; null = the second label in sorted order (scikit-learn's rule)
 */
public record MonitorColumns(Task task, String id, String target, String score, String probaPrefix,
                             String prediction, String timestamp, String labelTimestamp, List<String> features,
                             String positiveLabel) {

    public MonitorColumns {
        if (task == null) {
            throw new InvalidConfigException("monitoring needs the task: binary, multiclass or regression");
        }
        if (target == null) {
            throw new InvalidConfigException("monitoring needs the target column (the reference must be labelled)");
        }
        features = features == null ? List.of() : List.copyOf(features);
        if (task.isClassification() && score == null && probaPrefix == null && prediction == null) {
            throw new InvalidConfigException("a classifier is monitored from its scores (score, proba prefix) or its "
                    + "predicted labels (prediction); none was given");
        }
        if (!task.isClassification() && prediction == null) {
            throw new InvalidConfigException("a regression is monitored from its predicted values; give the "
                    + "prediction column");
        }
    }

    /** Binary columns with a score and (optionally) a predicted label. */
    public static MonitorColumns binary(String id, String target, String score, String prediction,
                                        String timestamp) {
        return new MonitorColumns(Task.BINARY, id, target, score, null, prediction, timestamp, null, List.of(),
                null);
    }

    public MonitorColumns withFeatures(List<String> names) {
        return new MonitorColumns(task, id, target, score, probaPrefix, prediction, timestamp, labelTimestamp, names,
                positiveLabel);
    }

    public MonitorColumns withLabelTimestamp(String name) {
        return new MonitorColumns(task, id, target, score, probaPrefix, prediction, timestamp, name, features,
                positiveLabel);
    }

    public MonitorColumns withPositiveLabel(String label) {
        return new MonitorColumns(task, id, target, score, probaPrefix, prediction, timestamp, labelTimestamp,
                features, label);
    }

    /** Regression and forecasting are monitored alike. */
    boolean isRegression() {
        return !task.isClassification();
    }
}
