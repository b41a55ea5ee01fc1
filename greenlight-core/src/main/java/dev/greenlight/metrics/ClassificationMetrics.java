package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import static dev.greenlight.metrics.Direction.HIGHER_IS_BETTER;
import static dev.greenlight.metrics.Direction.LOWER_IS_BETTER;

/**
 * The classification metrics of the catalogue, by scikit-learn name. Label metrics read the predictions (given, or
 * derived from scores as {@link ClassificationOutcomes#predictions()} says) through one {@link ConfusionMatrix};
 * score metrics read the scores. The binary-only metrics ({@code precision}, {@code recall}, {@code f1},
 * {@code brier_score}) are undefined, with a reason, on a multiclass outcome, where scikit-learn raises.
 */
final class ClassificationMetrics {
    private ClassificationMetrics() {
    }

    static List<Metric<ClassificationOutcomes>> all() {
        return List.of(
                labels("accuracy", "share of correct predictions (accuracy_score)", HIGHER_IS_BETTER,
                        (o, cm) -> cm.accuracy()),
                labels("balanced_accuracy", "mean recall over the classes present in y_true (balanced_accuracy_score)",
                        HIGHER_IS_BETTER, (o, cm) -> cm.balancedAccuracy()),
                positiveClass("precision", PerClassScores::precision),
                positiveClass("recall", PerClassScores::recall),
                positiveClass("f1", PerClassScores::f1),
                averaged("precision", Averaging.MACRO, PerClassScores::precision),
                averaged("recall", Averaging.MACRO, PerClassScores::recall),
                averaged("f1", Averaging.MACRO, PerClassScores::f1),
                averaged("precision", Averaging.MICRO, PerClassScores::precision),
                averaged("recall", Averaging.MICRO, PerClassScores::recall),
                averaged("f1", Averaging.MICRO, PerClassScores::f1),
                averaged("precision", Averaging.WEIGHTED, PerClassScores::precision),
                averaged("recall", Averaging.WEIGHTED, PerClassScores::recall),
                averaged("f1", Averaging.WEIGHTED, PerClassScores::f1),
                scores("roc_auc", "ROC AUC; multiclass: one-vs-rest macro average (roc_auc_score)", HIGHER_IS_BETTER,
                        RocAuc::of),
                scores("roc_auc_ovr_weighted", "one-vs-rest ROC AUC weighted by class prevalence (roc_auc_score, "
                        + "multi_class='ovr', average='weighted')", HIGHER_IS_BETTER, o -> RocAuc.oneVsRest(o, true)),
                scores("roc_auc_ovo", "one-vs-one ROC AUC of Hand & Till 2001 (roc_auc_score, multi_class='ovo')",
                        HIGHER_IS_BETTER, RocAuc::oneVsOne),
                scores("average_precision", "area under the precision-recall steps (average_precision_score)",
                        HIGHER_IS_BETTER, AveragePrecision::of),
                scores("log_loss", "mean negative log-likelihood of the true class (log_loss)", LOWER_IS_BETTER,
                        LogLoss::of),
                scores("brier_score", "mean squared error of P(positive) (brier_score_loss)", LOWER_IS_BETTER,
                        BrierScore::of),
                labels("matthews_corrcoef", "Matthews correlation coefficient (matthews_corrcoef)", HIGHER_IS_BETTER,
                        (o, cm) -> cm.matthewsCorrelation()),
                labels("cohen_kappa", "Cohen's kappa of predictions against truth (cohen_kappa_score)",
                        HIGHER_IS_BETTER, (o, cm) -> cm.cohenKappa(KappaWeighting.NONE)),
                scores("ece", "expected calibration error, 10 equal-width bins; multiclass: top-label",
                        LOWER_IS_BETTER, ClassificationMetrics::expectedCalibrationError));
    }

    /** A metric of the confusion matrix of the predictions. */
    private static Metric<ClassificationOutcomes> labels(
            String name, String description, Direction direction,
            BiFunction<ClassificationOutcomes, ConfusionMatrix, MetricValue> function) {
        return new NamedMetric<>(name, description, direction, false, o -> {
            int[] predicted = o.predictions();
            if (predicted == null) {
                return MetricValue.undefined(name, o.size(), name + " needs predicted labels or scores");
            }
            return function.apply(o, ConfusionMatrix.of(o.labels(), o.yTrue(), predicted, o.weights()));
        });
    }

    /** Precision, recall or F1 of the positive class ({@code average='binary'}). */
    private static Metric<ClassificationOutcomes> positiveClass(String name,
                                                                Function<PerClassScores, double[]> perClass) {
        String description = name + " of the positive class (" + name + "_score, average='binary')";
        return labels(name, description, HIGHER_IS_BETTER, (o, cm) -> {
            if (!o.isBinary()) {
                return MetricValue.undefined(name, o.size(), name + " is for a binary task (the positive class); with "
                        + o.classCount() + " classes use " + name + "_macro, " + name + "_micro or " + name
                        + "_weighted");
            }
            String empty = emptyReason(cm);
            return empty != null ? MetricValue.undefined(name, cm.rows(), empty)
                    : MetricValue.of(name, perClass.apply(cm.perClass())[o.positive()], cm.rows());
        });
    }

    /** Precision, recall or F1 averaged over all labels. */
    private static Metric<ClassificationOutcomes> averaged(String base, Averaging averaging, AveragedScore score) {
        String how = averaging.name().toLowerCase(Locale.ROOT);
        String name = base + "_" + how;
        String description = base + " over all labels (" + base + "_score, average='" + how + "')";
        return labels(name, description, HIGHER_IS_BETTER, (o, cm) -> {
            String empty = emptyReason(cm);
            return empty != null ? MetricValue.undefined(name, cm.rows(), empty)
                    : MetricValue.of(name, score.apply(cm.perClass(), averaging), cm.rows());
        });
    }

    private static String emptyReason(ConfusionMatrix cm) {
        if (cm.total() > 0) {
            return null;
        }
        return cm.rows() == 0 ? "no rows" : "all rows have zero weight";
    }

    /** One of {@link PerClassScores}' averaged scores. */
    @FunctionalInterface
    private interface AveragedScore {
        double apply(PerClassScores scores, Averaging averaging);
    }

    private static Metric<ClassificationOutcomes> scores(String name, String description, Direction direction,
                                                         Function<ClassificationOutcomes, MetricValue> function) {
        return new NamedMetric<>(name, description, direction, true, function);
    }

    private static MetricValue expectedCalibrationError(ClassificationOutcomes o) {
        if (o.size() == 0) {
            return MetricValue.undefined("ece", 0, "no rows");
        }
        try {
            return MetricValue.of("ece", ReliabilityDiagram.of(o, ReliabilityDiagram.DEFAULT_BINS).ece(), o.size());
        } catch (InvalidDataException e) {
            return MetricValue.undefined("ece", o.size(), "ECE is undefined: " + e.getMessage());
        }
    }
}
