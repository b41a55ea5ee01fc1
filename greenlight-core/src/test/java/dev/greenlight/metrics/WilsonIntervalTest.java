package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WilsonIntervalTest {

    @Test
    void matchesStatsmodelsProportionConfint() {
        // statsmodels.stats.proportion.proportion_confint(5, 10, method='wilson')
        ConfidenceInterval ci = WilsonInterval.of("p", 5, 10, 0.95);
        assertThat(ci.low()).isCloseTo(0.23659309051256394, within(1e-12));
        assertThat(ci.high()).isCloseTo(0.7634069094874361, within(1e-12));
        assertThat(ci.value()).isEqualTo(0.5);
        assertThat(ci.method()).isEqualTo("Wilson score");
    }

    @Test
    void matchesNewcombe1998TableOfScoreIntervals() {
        // Newcombe (1998), Statistics in Medicine 17:857, Table II, method 3 (score, no continuity correction)
        assertInterval(WilsonInterval.of("p", 81, 263, 0.95), 0.2553, 0.3662);
        assertInterval(WilsonInterval.of("p", 15, 148, 0.95), 0.0624, 0.1605);
        assertInterval(WilsonInterval.of("p", 0, 20, 0.95), 0.0, 0.1611);
        assertInterval(WilsonInterval.of("p", 1, 29, 0.95), 0.0061, 0.1718);
    }

    @Test
    void accuracyPrecisionAndRecallAreProportionsOfRows() {
        // TP = 2, FN = 1, FP = 1, TN = 1
        ClassificationOutcomes o = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[] {1, 1, 1, 0, 0},
                new int[] {1, 1, 0, 1, 0}, null, null);
        assertThat(WilsonInterval.accuracy(o, 0.9)).usingRecursiveComparison()
                .isEqualTo(withN(WilsonInterval.of("accuracy", 3, 5, 0.9), 5));
        assertThat(WilsonInterval.precision(o, 0.9)).usingRecursiveComparison()
                .isEqualTo(withN(WilsonInterval.of("precision", 2, 3, 0.9), 5));
        assertThat(WilsonInterval.recall(o, 0.9)).usingRecursiveComparison()
                .isEqualTo(withN(WilsonInterval.of("recall", 2, 3, 0.9), 5));
    }

    @Test
    void undefinedWithWeightsOrWithoutPredictedPositives() {
        ClassificationOutcomes weighted = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[] {1, 0},
                new int[] {1, 0}, null, new double[] {1, 2});
        assertThat(WilsonInterval.accuracy(weighted, 0.95).undefinedReason()).contains("bootstrap");
        ClassificationOutcomes none = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[] {1, 0},
                new int[] {0, 0}, null, null);
        assertThat(WilsonInterval.precision(none, 0.95).undefinedReason()).contains("no row is predicted positive");
    }

    @Test
    void coversTheTrueProportionInAboutNinetyFivePercentOfSimulations() {
        SplittableRandom random = new SplittableRandom(2024);
        double p = 0.3;
        int n = 80;
        int simulations = 4000;
        int covered = 0;
        for (int s = 0; s < simulations; s++) {
            int successes = 0;
            for (int i = 0; i < n; i++) {
                successes += random.nextDouble() < p ? 1 : 0;
            }
            covered += WilsonInterval.of("p", successes, n, 0.95).contains(p) ? 1 : 0;
        }
        // binomial sd of the coverage estimate is ~0.0035; Wilson's actual coverage at n=80, p=0.3 is near 0.95
        assertThat((double) covered / simulations).isBetween(0.93, 0.97);
    }

    private static void assertInterval(ConfidenceInterval ci, double low, double high) {
        assertThat(ci.low()).isCloseTo(low, within(5e-5));
        assertThat(ci.high()).isCloseTo(high, within(5e-5));
    }

    private static ConfidenceInterval withN(ConfidenceInterval ci, int n) {
        return new ConfidenceInterval(ci.metric(), ci.value(), ci.low(), ci.high(), ci.level(), ci.method(), n, null);
    }
}
