package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every metric Greenlight computes, by task family and name. An unknown name is answered with the list of valid
 * ones, so a typo in a configuration file can be reported precisely.
 */
public final class MetricCatalog {
    private static final Map<String, Metric<ClassificationOutcomes>> CLASSIFICATION = new LinkedHashMap<>();
    private static final Map<String, Metric<RegressionOutcomes>> REGRESSION = new LinkedHashMap<>();

    static {
        ClassificationMetrics.all().forEach(m -> CLASSIFICATION.put(m.name(), m));
        RegressionMetrics.all().forEach(m -> REGRESSION.put(m.name(), m));
    }

    private MetricCatalog() {
    }

    /** The metric of that name for the task, if any. */
    public static Optional<Metric<? extends Outcomes>> find(Task task, String name) {
        return Optional.ofNullable(task.isClassification() ? CLASSIFICATION.get(name) : REGRESSION.get(name));
    }

    /** The names valid for a task, in catalogue order. */
    public static List<String> names(Task task) {
        return new ArrayList<>(task.isClassification() ? CLASSIFICATION.keySet() : REGRESSION.keySet());
    }

    /** Computes the named metric; throws {@link InvalidDataException} naming the valid metrics when unknown. */
    @SuppressWarnings("unchecked")
    public static MetricValue compute(Task task, String name, Outcomes outcomes) {
        Metric<? extends Outcomes> metric = find(task, name).orElseThrow(() -> new InvalidDataException(
                "unknown metric '" + name + "' for task " + task.key() + "; valid: " + names(task)));
        return ((Metric<Outcomes>) metric).compute(outcomes);
    }

    public static Direction direction(Task task, String name) {
        return find(task, name).map(Metric::direction)
                .orElseThrow(() -> new InvalidDataException("unknown metric '" + name + "'"));
    }

    /**
     * The default primary metric: ROC AUC when a binary model gives scores (threshold-free, insensitive to class
     * balance), accuracy for labels only, macro F1 for multiclass (every class counts), RMSE for regression and
     * MAE for forecasting (the scale forecasters report in).
     */
    public static String defaultPrimary(Task task, boolean hasScores) {
        return switch (task) {
            case BINARY -> hasScores ? "roc_auc" : "accuracy";
            case MULTICLASS -> "f1_macro";
            case REGRESSION -> "rmse";
            case FORECAST -> "mae";
        };
    }

    /** Default secondary metrics per task. */
    public static List<String> defaultSecondary(Task task, boolean hasScores) {
        return switch (task) {
            case BINARY -> hasScores ? List.of("accuracy", "f1", "precision", "recall", "log_loss", "brier_score")
                    : List.of("f1", "precision", "recall", "balanced_accuracy");
            case MULTICLASS -> hasScores ? List.of("accuracy", "balanced_accuracy", "log_loss")
                    : List.of("accuracy", "balanced_accuracy");
            case REGRESSION -> List.of("mae", "r2", "median_absolute_error");
            case FORECAST -> List.of("rmse", "smape");
        };
    }
}
