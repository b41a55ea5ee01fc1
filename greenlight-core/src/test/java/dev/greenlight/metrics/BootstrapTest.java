package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BootstrapTest {
    private static final List<String> LABELS = List.of("0", "1");

    @Test
    void sameSeedSameIntervalWhateverTheThreadCount() {
        ClassificationOutcomes o = simulated(500, 1.0, 3);
        for (String metric : List.of("roc_auc", "f1", "log_loss")) {
            BootstrapResult one = Bootstrap.seeded(42).parallelism(1).interval(metric, o);
            assertThat(Bootstrap.seeded(42).parallelism(3).interval(metric, o)).isEqualTo(one);
            assertThat(Bootstrap.seeded(42).interval(metric, o)).isEqualTo(one);
            assertThat(Bootstrap.seeded(43).parallelism(1).interval(metric, o)).isNotEqualTo(one);
            assertThat(one.interval().method()).isEqualTo("bootstrap percentile, 1000 stratified resamples, seed 42");
            assertThat(one.interval().contains(one.interval().value())).isTrue();
        }
    }

    @Test
    void theOneSortPathForAucGivesTheSameIntervalAsResamplingRows() {
        ClassificationOutcomes o = simulated(300, 0.8, 9);
        Metric<ClassificationOutcomes> auc = catalogue("roc_auc");
        // same name and function, but not the catalogue's instance: evaluated on resampled rows
        Metric<ClassificationOutcomes> plain = new NamedMetric<>("roc_auc", "", Direction.HIGHER_IS_BETTER, true,
                auc::compute);
        Bootstrap b = Bootstrap.seeded(7).resamples(200);
        ConfidenceInterval fast = b.interval(auc, o).interval();
        ConfidenceInterval slow = b.interval(plain, o).interval();
        assertThat(fast.low()).isCloseTo(slow.low(), within(1e-12));
        assertThat(fast.high()).isCloseTo(slow.high(), within(1e-12));
    }

    @Test
    void undefinedResamplesAreCountedAndNamed() {
        // one positive row in ten: an unstratified resample misses it with probability 0.9^10 = 35 %
        int[] y = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] s = {0.9, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.95};
        ClassificationOutcomes o = ClassificationOutcomes.binary(LABELS, 1, y, null, s, null);
        BootstrapResult plain = Bootstrap.seeded(1).stratified(false).interval("roc_auc", o);
        assertThat(plain.undefinedResamples()).isBetween(250, 450);
        assertThat(plain.firstUndefinedReason()).contains("only one class");
        assertThat(plain.interval().method()).endsWith(plain.undefinedResamples() + " of 1000 resamples undefined "
                + "and left out");
        BootstrapResult stratified = Bootstrap.seeded(1).interval("roc_auc", o);
        assertThat(stratified.undefinedResamples()).isZero();
    }

    @Test
    void undefinedOnAllRowsMeansNoInterval() {
        ClassificationOutcomes o = ClassificationOutcomes.binary(LABELS, 1, new int[] {1, 1, 1}, null,
                new double[] {0.2, 0.5, 0.9}, null);
        BootstrapResult r = Bootstrap.seeded(1).interval("roc_auc", o);
        assertThat(r.interval().isDefined()).isFalse();
        assertThat(r.interval().undefinedReason()).isEqualTo("ROC AUC is undefined: y_true has only one class (1)");
    }

    @Test
    void pairedDifferenceOfAModelWithItselfIsExactlyZero() {
        ClassificationOutcomes o = simulated(200, 1.0, 4);
        ConfidenceInterval ci = Bootstrap.seeded(3).resamples(200).difference("roc_auc", o, o).interval();
        assertThat(ci.value()).isZero();
        assertThat(ci.low()).isZero();
        assertThat(ci.high()).isZero();
        assertThat(ci.metric()).isEqualTo("roc_auc (a - b)");
        assertThat(ci.method()).startsWith("paired bootstrap percentile");
    }

    @Test
    void pairedDifferenceSeesABetterModel() {
        ClassificationOutcomes good = simulated(400, 2.0, 8);
        double[] noise = new double[good.size()];
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = good.positiveScores()[i] * 0.2 + random.nextDouble();
        }
        ClassificationOutcomes weak = ClassificationOutcomes.binary(LABELS, 1, good.yTrue(), null, noise, null);
        ConfidenceInterval ci = Bootstrap.seeded(5).resamples(300).difference("roc_auc", good, weak).interval();
        assertThat(ci.low()).isPositive();
        AucComparison delong = DeLong.compare(good, weak, 0.95);
        assertThat(delong.pValue()).isLessThan(0.05);
        // two estimates of the same spread should roughly agree
        assertThat(ci.width()).isCloseTo(delong.high() - delong.low(), within(0.3 * ci.width()));
    }

    @Test
    void pairedDifferenceNeedsTheSameRows() {
        ClassificationOutcomes a = simulated(50, 1.0, 1);
        ClassificationOutcomes b = simulated(50, 1.0, 2);
        assertThatThrownBy(() -> Bootstrap.seeded(1).difference("roc_auc", a, b))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("same rows");
    }

    @Test
    void regressionIntervalsResampleRows() {
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[200];
        double[] yHat = new double[200];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian() * 10;
            yHat[i] = y[i] + random.nextGaussian();
        }
        BootstrapResult r = Bootstrap.seeded(8).resamples(300).interval("mae", RegressionOutcomes.of(y, yHat));
        assertThat(r.interval().method()).isEqualTo("bootstrap percentile, 300 resamples, seed 8");
        assertThat(r.interval().low()).isLessThan(r.interval().value());
        assertThat(r.interval().high()).isGreaterThan(r.interval().value());
    }

    @Test
    void percentileIntervalOfAccuracyCoversTheTruthInMostSimulations() {
        // accuracy of a classifier that is right with probability 0.8; 95 % intervals should cover 0.8 ~95 % of times
        SplittableRandom random = new SplittableRandom(17);
        int simulations = 120;
        int covered = 0;
        for (int s = 0; s < simulations; s++) {
            int n = 150;
            int[] y = new int[n];
            int[] pred = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = random.nextInt(2);
                pred[i] = random.nextDouble() < 0.8 ? y[i] : 1 - y[i];
            }
            ClassificationOutcomes o = ClassificationOutcomes.binary(LABELS, 1, y, pred, null, null);
            covered += Bootstrap.seeded(s).resamples(300).interval("accuracy", o).interval().contains(0.8) ? 1 : 0;
        }
        assertThat((double) covered / simulations).isBetween(0.85, 1.0);
    }

    @SuppressWarnings("unchecked")
    private static Metric<ClassificationOutcomes> catalogue(String name) {
        return (Metric<ClassificationOutcomes>) MetricCatalog.find(Task.BINARY, name).orElseThrow();
    }

    /** Balanced labels, scores = label * separation + noise, squeezed into (0, 1). */
    static ClassificationOutcomes simulated(int n, double separation, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(2);
            double z = separation * (y[i] - 0.5) + random.nextGaussian();
            s[i] = 1.0 / (1.0 + Math.exp(-z));
        }
        return ClassificationOutcomes.binary(LABELS, 1, y, null, s, null);
    }
}
