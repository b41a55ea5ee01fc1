package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Task;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The stratified random guess's expected metrics against brute force: every possible sequence of guesses on a small
 * test set, weighted by its probability, scored by the catalogue.
 */
class RandomGuessExpectationTest {

    @Test
    void everyMulticlassMetricEqualsTheAverageOverAllGuessSequences() {
        List<String> labels = List.of("a", "b", "c");
        int[] yTrue = {0, 1, 2, 2, 0, 2};
        double[] shares = {0.5, 0.3, 0.2};
        ClassificationOutcomes test = ClassificationOutcomes.multiclass(labels, yTrue, yTrue, null, null);
        assertAgreesWithEnumeration(test, shares, Task.MULTICLASS, false);
    }

    @Test
    void everyBinaryMetricEqualsTheAverageOverAllGuessSequences() {
        int[] yTrue = {1, 0, 0, 1, 0, 0, 0};
        double[] shares = {0.65, 0.35};
        ClassificationOutcomes test = ClassificationOutcomes.binary(List.of("no", "yes"), 1, yTrue, yTrue, null, null);
        assertAgreesWithEnumeration(test, shares, Task.BINARY, false);
    }

    @Test
    void rowWiseMetricsAreExactWithSampleWeightsAndRatioMetricsSayWhyNot() {
        int[] yTrue = {1, 0, 0, 1, 0, 1};
        double[] weights = {0.5, 2, 1, 3, 1.5, 1};
        ClassificationOutcomes test = ClassificationOutcomes.binary(List.of("0", "1"), 1, yTrue, yTrue, null,
                weights);
        double[] shares = {0.4, 0.6};
        assertAgreesWithEnumeration(test, shares, Task.BINARY, true);
        RandomGuessExpectation e = expectation(test, shares);
        assertThat(e.of("f1").undefinedReason()).contains("without sample weights");
    }

    @Test
    void aPerfectlyBalancedGuessHasChanceLevelScores() {
        int[] yTrue = {0, 1, 0, 1};
        ClassificationOutcomes test = ClassificationOutcomes.binary(List.of("0", "1"), 1, yTrue, yTrue, null, null);
        RandomGuessExpectation e = expectation(test, new double[] {0.5, 0.5});
        assertThat(e.of("accuracy").value()).isEqualTo(0.5);
        assertThat(e.of("roc_auc").value()).isEqualTo(0.5);
        assertThat(e.of("matthews_corrcoef").value()).isEqualTo(0.0);
        assertThat(e.of("ece").isDefined()).isFalse();
    }

    @Test
    void theBaselineReportsExpectationsNotItsDraw() {
        TrainingTruth train = new TrainingTruth(new int[] {0, 0, 0, 1}, null, null);
        int[] yTrue = new int[200];
        for (int i = 0; i < yTrue.length; i++) {
            yTrue[i] = i % 4 == 0 ? 1 : 0;
        }
        ClassificationOutcomes test = ClassificationOutcomes.binary(List.of("0", "1"), 1, yTrue, yTrue, null, null);
        BaselineFit fit = new StratifiedRandomGuess(42).fit(BaselineInput.labelsOnly(train, test));
        assertThat(fit.isRandom()).isTrue();
        assertThat(fit.metric("accuracy").value()).isCloseTo(0.75 * 0.75 + 0.25 * 0.25, within(1e-15));
        assertThat(fit.metric("recall").value()).isCloseTo(0.25, within(1e-15));
        assertThat(fit.summary()).contains("'0' 75.0%");
        // the draw itself is reproducible
        BaselineFit again = new StratifiedRandomGuess(42).fit(BaselineInput.labelsOnly(train, test));
        assertThat(((ClassificationOutcomes) again.outcomes()).yPred())
                .containsExactly(((ClassificationOutcomes) fit.outcomes()).yPred());
    }

    private static RandomGuessExpectation expectation(ClassificationOutcomes test, double[] shares) {
        return new RandomGuessExpectation(test, shares, StratifiedRandomGuess.draw(test, shares,
                new java.util.SplittableRandom(1)));
    }

    private static void assertAgreesWithEnumeration(ClassificationOutcomes test, double[] shares, Task task,
                                                    boolean weighted) {
        RandomGuessExpectation e = expectation(test, shares);
        int n = test.size();
        int k = shares.length;
        int sequences = (int) Math.pow(k, n);
        for (String metric : MetricCatalog.names(task)) {
            MetricValue expected = e.of(metric);
            if (!expected.isDefined()) {
                continue;
            }
            double sum = 0;
            for (int s = 0; s < sequences; s++) {
                int[] guess = new int[n];
                double probability = 1;
                for (int i = 0, code = s; i < n; i++, code /= k) {
                    guess[i] = code % k;
                    probability *= shares[guess[i]];
                }
                ClassificationOutcomes o = oneHot(test, guess);
                sum += probability * MetricCatalog.compute(task, metric, o).value();
            }
            assertThat(expected.value()).as(metric).isCloseTo(sum, within(1e-12));
        }
        if (!weighted) {
            for (String metric : MetricCatalog.names(task)) {
                if (!metric.equals("ece") && MetricCatalog.compute(task, metric, oneHot(test, new int[n])).isDefined()) {
                    assertThat(e.of(metric).isDefined()).as(metric + ": " + e.of(metric).undefinedReason()).isTrue();
                }
            }
        }
    }

    private static ClassificationOutcomes oneHot(ClassificationOutcomes test, int[] guess) {
        int n = guess.length;
        double[][] probs = new double[test.classCount()][n];
        for (int i = 0; i < n; i++) {
            probs[guess[i]][i] = 1;
        }
        return test.isBinary()
                ? ClassificationOutcomes.binary(test.labels(), test.positive(), test.yTrue(), guess,
                probs[test.positive()], test.weights())
                : ClassificationOutcomes.multiclass(test.labels(), test.yTrue(), guess, probs, test.weights());
    }
}
