package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Small cases worked out by hand, to read as examples of what each metric means. */
class ExamplesTest {
    private static final List<String> NO_YES = List.of("no", "yes");

    @Test
    void rocAucIsTheShareOfPositiveNegativePairsInOrder() {
        // positives 0.8 and 0.4, negatives 0.6 and 0.2: of the 4 pairs, 0.4 < 0.6 is the only one out of order
        ClassificationOutcomes o = ClassificationOutcomes.binary(NO_YES, 1, new int[] {1, 1, 0, 0}, null,
                new double[] {0.8, 0.4, 0.6, 0.2}, null);
        assertThat(RocAuc.of(o).value()).isEqualTo(0.75);
    }

    @Test
    void aTiedPairCountsOneHalf() {
        // the positive 0.5 ties the negative 0.5 (1/2) and beats the negative 0.1 (1): (1/2 + 1) / 2
        ClassificationOutcomes o = ClassificationOutcomes.binary(NO_YES, 1, new int[] {1, 0, 0}, null,
                new double[] {0.5, 0.5, 0.1}, null);
        assertThat(RocAuc.of(o).value()).isEqualTo(0.75);
    }

    @Test
    void rocAucOfOneClassIsUndefinedAndSaysWhy() {
        ClassificationOutcomes o = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[] {1, 1, 1}, null,
                new double[] {0.2, 0.9, 0.4}, null);
        MetricValue auc = MetricCatalog.compute(Task.BINARY, "roc_auc", o);
        assertThat(auc.isDefined()).isFalse();
        assertThat(auc.undefinedReason()).isEqualTo("ROC AUC is undefined: y_true has only one class (1)");
    }

    @Test
    void labelMetricsFromOneConfusionMatrix() {
        // TP = 2, FN = 1, FP = 1, TN = 1
        ClassificationOutcomes o = ClassificationOutcomes.binary(NO_YES, 1, new int[] {1, 1, 1, 0, 0},
                new int[] {1, 1, 0, 1, 0}, null, null);
        assertThat(ConfusionMatrix.of(o).counts()).isDeepEqualTo(new double[][] {{1, 1}, {1, 2}});
        assertThat(value("accuracy", o)).isEqualTo(3.0 / 5);
        assertThat(value("precision", o)).isEqualTo(2.0 / 3);
        assertThat(value("recall", o)).isEqualTo(2.0 / 3);
        assertThat(value("f1", o)).isCloseTo(2.0 / 3, within(1e-15));
        // (TP TN - FP FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)) = (2 - 1) / sqrt(3 * 3 * 2 * 2)
        assertThat(value("matthews_corrcoef", o)).isCloseTo(1.0 / 6, within(1e-15));
        // recall of "no" 1/2, of "yes" 2/3
        assertThat(value("balanced_accuracy", o)).isCloseTo((0.5 + 2.0 / 3) / 2, within(1e-15));
    }

    @Test
    void precisionOfAClassNeverPredictedIsZeroNotAnError() {
        ClassificationOutcomes o = ClassificationOutcomes.binary(NO_YES, 1, new int[] {1, 0, 0}, new int[] {0, 0, 0},
                null, null);
        assertThat(MetricCatalog.compute(Task.BINARY, "precision", o)).isEqualTo(MetricValue.of("precision", 0.0, 3));
    }

    @Test
    void logLossIsTheMeanSurpriseOfTheTrueClass() {
        ClassificationOutcomes o = ClassificationOutcomes.binary(NO_YES, 1, new int[] {1, 0}, null,
                new double[] {0.8, 0.3}, null);
        assertThat(value("log_loss", o)).isCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, within(1e-15));
        assertThat(value("brier_score", o)).isCloseTo((0.04 + 0.09) / 2, within(1e-15));
    }

    @Test
    void expectedCalibrationErrorWeighsEachBinsGapByItsShare() {
        // bin 0: {0.05, miss} gap 0.05; bin 5: {0.55, hit} gap 0.45; bin 9: {0.95 hit, 0.95 miss} gap 0.45
        ClassificationOutcomes o = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[] {0, 1, 0, 1}, null,
                new double[] {0.05, 0.95, 0.95, 0.55}, null);
        ReliabilityDiagram d = ReliabilityDiagram.of(o, 10);
        assertThat(d.counts()).containsExactly(1, 0, 0, 0, 0, 1, 0, 0, 0, 2);
        assertThat(d.ece()).isCloseTo(0.25 * 0.05 + 0.25 * 0.45 + 0.5 * 0.45, within(1e-15));
        assertThat(d.mce()).isCloseTo(0.45, within(1e-15));
        assertThat(value("ece", o)).isEqualTo(d.ece());
    }

    @Test
    void regressionErrorsOfScikitLearnsDocumentationExample() {
        RegressionOutcomes o = RegressionOutcomes.of(new double[] {3, -0.5, 2, 7}, new double[] {2.5, 0.0, 2, 8});
        assertThat(regression("mse", o)).isEqualTo(0.375);
        assertThat(regression("mae", o)).isEqualTo(0.5);
        assertThat(regression("median_absolute_error", o)).isEqualTo(0.5);
        assertThat(regression("max_error", o)).isEqualTo(1.0);
        assertThat(regression("r2", o)).isCloseTo(0.9486081370449679, within(1e-15));
        assertThat(regression("explained_variance", o)).isCloseTo(0.9571734475374732, within(1e-15));
    }

    @Test
    void smapeCountsABothZeroRowAsPerfect() {
        // row 1: both 0 -> 0; row 2: 2 |2 - 1| / (2 + 1) = 2/3
        RegressionOutcomes o = RegressionOutcomes.of(new double[] {0, 2}, new double[] {0, 1});
        assertThat(regression("smape", o)).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void cohensKappaOfTheTextbookTwoByTwo() {
        // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15: p_o = 0.7, p_e = 0.5*0.6 + 0.5*0.4 = 0.5
        double[][] table = {{20, 5}, {10, 15}};
        assertThat(CohenKappa.of(table, KappaWeighting.NONE, 50).value()).isCloseTo(0.4, within(1e-15));
    }

    @Test
    void fleissKappaOfFleiss1971StyleExample() {
        // 10 subjects, 14 raters, 5 categories (the worked example on Wikipedia): P = 0.378, P_e = 0.213, kappa 0.210
        int[][] table = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        assertThat(FleissKappa.fleiss(table).value()).isCloseTo(0.210, within(5e-4));
    }

    @Test
    void binaryOnlyMetricsExplainThemselvesOnMulticlass() {
        double[][] p = {{0.7, 0.2, 0.1}, {0.2, 0.5, 0.3}, {0.1, 0.3, 0.6}};
        ClassificationOutcomes o = ClassificationOutcomes.multiclass(List.of("a", "b", "c"), new int[] {0, 1, 2},
                null, p, null);
        MetricValue precision = MetricCatalog.compute(Task.MULTICLASS, "precision", o);
        assertThat(precision.isDefined()).isFalse();
        assertThat(precision.undefinedReason()).contains("precision_macro");
        assertThat(value("accuracy", o)).isEqualTo(1.0); // predictions derived by argmax
    }

    @Test
    void everyDefaultMetricOfTheCatalogueExists() {
        for (Task task : Task.values()) {
            for (boolean scores : new boolean[] {true, false}) {
                assertThat(MetricCatalog.names(task)).contains(MetricCatalog.defaultPrimary(task, scores))
                        .containsAll(MetricCatalog.defaultSecondary(task, scores));
            }
        }
    }

    private static double value(String metric, ClassificationOutcomes o) {
        MetricValue v = MetricCatalog.compute(o.isBinary() ? Task.BINARY : Task.MULTICLASS, metric, o);
        assertThat(v.isDefined()).as(metric + ": " + v.undefinedReason()).isTrue();
        return v.value();
    }

    private static double regression(String metric, RegressionOutcomes o) {
        MetricValue v = MetricCatalog.compute(Task.REGRESSION, metric, o);
        assertThat(v.isDefined()).as(metric + ": " + v.undefinedReason()).isTrue();
        return v.value();
    }
}
