package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PriorShiftTest {

    /** A balanced (resampled) test set of a classifier with recall 0.9 and specificity 0.8. */
    private static ClassificationOutcomes balanced() {
        Random r = new Random(2);
        int n = 2000;
        int[] y = new int[n];
        int[] p = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            boolean right = y[i] == 1 ? i % 20 < 18 : i % 10 < 8;
            p[i] = right ? y[i] : 1 - y[i];
            s[i] = Math.min(1, Math.max(0, 0.5 + (p[i] == 1 ? 0.3 : -0.3) + 0.1 * r.nextGaussian()));
        }
        return ClassificationOutcomes.binary(List.of("0", "1"), 1, y, p, s, null);
    }

    @Test
    void reweightedAccuracyIsThePriorWeightedMixOfTheClassRecalls() {
        ClassificationOutcomes o = balanced();
        ClassificationOutcomes prod = PriorShift.reweight(o, Map.of("0", 0.95, "1", 0.05));
        // accuracy in production = 0.05 * recall + 0.95 * specificity = 0.05 * 0.9 + 0.95 * 0.8
        assertThat(MetricCatalog.compute(Task.BINARY, "accuracy", prod).value()).isCloseTo(0.805, within(1e-9));
        assertThat(MetricCatalog.compute(Task.BINARY, "accuracy", o).value()).isCloseTo(0.85, within(1e-9));
        assertThat(PriorShift.shares(prod)).containsExactly(new double[]{0.95, 0.05}, within(1e-12));
    }

    @Test
    void rocAucDoesNotChangeAndPrecisionDoes() {
        ClassificationOutcomes o = balanced();
        ClassificationOutcomes prod = PriorShift.reweight(o, Map.of("0", 0.9, "1", 0.1));
        assertThat(MetricCatalog.compute(Task.BINARY, "roc_auc", prod).value())
                .isCloseTo(MetricCatalog.compute(Task.BINARY, "roc_auc", o).value(), within(1e-12));
        // precision = 0.1 * 0.9 / (0.1 * 0.9 + 0.9 * 0.2)
        assertThat(MetricCatalog.compute(Task.BINARY, "precision", prod).value()).isCloseTo(0.09 / 0.27,
                within(1e-9));
    }

    @Test
    void marksTheThresholdDependentMetrics() {
        assertThat(PriorShift.isThresholdDependent("f1_macro")).isTrue();
        assertThat(PriorShift.isThresholdDependent("accuracy")).isTrue();
        assertThat(PriorShift.isThresholdDependent("roc_auc")).isFalse();
        assertThat(PriorShift.isThresholdDependent("log_loss")).isFalse();
    }
}
