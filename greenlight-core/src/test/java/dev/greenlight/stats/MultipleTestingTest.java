package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Multiple-testing corrections and the two-proportion z-test. */
class MultipleTestingTest {

    @Test
    void benjaminiHochbergByHand() {
        // sorted: 0.005, 0.01, 0.03, 0.04 -> 4p/rank = 0.02, 0.02, 0.04, 0.04 (already monotone)
        double[] adjusted = MultipleTesting.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005});

        assertThat(adjusted).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-16));
    }

    @Test
    void benjaminiHochbergTakesTheMinimumFromTheRight() {
        // 3p/rank = 0.09, 0.045, 0.03: the running minimum from the largest p brings all three to 0.03
        assertThat(MultipleTesting.benjaminiHochberg(new double[] {0.03, 0.03, 0.03}))
                .containsExactly(new double[] {0.03, 0.03, 0.03}, within(1e-16));
        assertThat(MultipleTesting.benjaminiHochberg(new double[] {0.5, 0.9})).containsExactly(0.9, 0.9);
    }

    @Test
    void bonferroniMultipliesAndCaps() {
        assertThat(MultipleTesting.bonferroni(new double[] {0.01, 0.3, 0.02})).containsExactly(
                new double[] {0.03, 0.9, 0.06}, within(1e-16));
        assertThat(MultipleTesting.bonferroni(new double[] {0.6, 0.1})).containsExactly(1.0, 0.2);
    }

    @Test
    void missingPValuesStayMissingAndAreNotCounted() {
        assertThat(MultipleTesting.bonferroni(new double[] {0.01, Double.NaN})).containsExactly(0.01, Double.NaN);
        assertThat(MultipleTesting.benjaminiHochberg(new double[] {Double.NaN, 0.2, 0.1}))
                .containsExactly(Double.NaN, 0.2, 0.2);
        assertThat(MultipleTesting.benjaminiHochberg(new double[0])).isEmpty();
    }

    @Test
    void pValuesOutsideTheUnitIntervalAreRejected() {
        assertThatThrownBy(() -> MultipleTesting.benjaminiHochberg(new double[] {0.1, 1.5}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("p-value 1");
    }

    @Test
    void twoProportionZTestUsesThePooledVariance() {
        // 30/100 vs 20/100: pooled 0.25, se = sqrt(0.25 * 0.75 * (1/100 + 1/100))
        ProportionTestResult r = TwoProportionZTest.fromCounts(30, 100, 20, 100);

        double z = 0.1 / Math.sqrt(0.25 * 0.75 * 0.02);
        assertThat(r.statistic()).isCloseTo(z, within(1e-14));
        assertThat(r.pValue()).isCloseTo(2 * NormalDistribution.of(0, 1).cumulativeProbability(-z), within(1e-15));
        assertThat(r.proportion1()).isEqualTo(0.3);
    }

    @Test
    void twoProportionZTestOnBinaryColumns() {
        ProportionTestResult r = TwoProportionZTest.test(new double[] {1, 0, 1, Double.NaN}, new double[] {0, 0, 1, 0});

        assertThat(r.n1()).isEqualTo(3);
        assertThat(r).isEqualTo(TwoProportionZTest.fromCounts(2, 3, 1, 4));
        assertThatThrownBy(() -> TwoProportionZTest.test(new double[] {1, 2}, new double[] {0}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("sample x");
    }

    @Test
    void twoProportionZTestIsUndefinedWhenEveryValueIsTheSame() {
        ProportionTestResult r = TwoProportionZTest.fromCounts(0, 10, 0, 20);

        assertThat(r.statistic()).isNaN();
        assertThat(r.pValue()).isNaN();
    }
}
