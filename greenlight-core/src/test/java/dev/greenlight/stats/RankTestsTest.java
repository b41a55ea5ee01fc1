package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Cramér-von Mises and Anderson-Darling on small examples. */
class RankTestsTest {

    @Test
    void cramerVonMisesOfTwoSeparatedPairs() {
        // ranks x = 1, 2 and y = 3, 4: U = 2 (0 + 0) + 2 (4 + 4) = 16, T = 16 / (4 * 4) - 15 / 24 = 0.375;
        // of the 6 orderings only xxyy and yyxx reach it (the four others give 0.125)
        CramerVonMisesResult r = CramerVonMises.twoSample(new double[] {1, 2}, new double[] {3, 4});

        assertThat(r.statistic()).isCloseTo(0.375, within(1e-15));
        assertThat(r.method()).isEqualTo(Method.EXACT);
        assertThat(r.pValue()).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void cramerVonMisesNeedsTwoValuesPerSample() {
        assertThatThrownBy(() -> CramerVonMises.twoSample(new double[] {1, Double.NaN}, new double[] {2, 3}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("sample x has 1 value");
    }

    @Test
    void cramerVonMisesOfIdenticalLargeSamplesHasPValueOne() {
        double[] x = new double[50];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        CramerVonMisesResult r = CramerVonMises.twoSample(x, x.clone());

        assertThat(r.method()).isEqualTo(Method.ASYMPTOTIC);
        assertThat(r.pValue()).isEqualTo(1.0);
    }

    /** The smoothness data of Scholz and Stephens (1987, Table 1): four laboratories, eight measurements each. */
    private static final double[][] SMOOTHNESS = {
        {38.7, 41.5, 43.8, 44.5, 45.5, 46.0, 47.7, 58.0},
        {39.2, 39.3, 39.7, 41.4, 41.8, 42.9, 43.3, 45.8},
        {34.0, 35.0, 39.0, 40.0, 43.0, 43.0, 44.0, 45.0},
        {34.0, 34.8, 34.8, 35.4, 37.2, 37.8, 41.2, 42.8},
    };

    @Test
    void andersonDarlingReproducesScholzAndStephensExample() {
        // the paper reports A2kN = 8.3559 and A2akN = 8.3926 with sigma_N = 1.2038, k - 1 = 3
        AndersonDarlingResult rightContinuous = AndersonDarling.kSample(false, SMOOTHNESS);
        AndersonDarlingResult midrank = AndersonDarling.kSample(true, SMOOTHNESS);

        assertThat(rightContinuous.statistic()).isCloseTo((8.3559 - 3) / 1.2038, within(5e-4));
        assertThat(midrank.statistic()).isCloseTo((8.3926 - 3) / 1.2038, within(5e-4));
        assertThat(midrank.sizes()).containsExactly(8, 8, 8, 8);
    }

    @Test
    void andersonDarlingCriticalValuesFollowTable2Interpolation() {
        // m = k - 1 = 3: t = b0 + b1 / sqrt(3) + b2 / 3; 5 % level: 1.645 + 0.678 / sqrt(3) - 0.362 / 3
        AndersonDarlingResult r = AndersonDarling.kSample(SMOOTHNESS);

        assertThat(AndersonDarling.significanceLevels()).containsExactly(0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001);
        assertThat(r.criticalValues()[2]).isCloseTo(1.645 + 0.678 / Math.sqrt(3) - 0.362 / 3, within(1e-15));
        assertThat(r.pValueCapped()).isFalse();
        assertThat(r.pValue()).isBetween(0.001, 0.005);
    }

    @Test
    void andersonDarlingCapsThePValue() {
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] b = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110};
        double[] c = {1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5};

        AndersonDarlingResult far = AndersonDarling.kSample(a, b);
        AndersonDarlingResult close = AndersonDarling.kSample(a, c);

        assertThat(far.pValue()).isEqualTo(0.001);
        assertThat(far.pValueCapped()).isTrue();
        assertThat(close.pValue()).isEqualTo(0.25);
        assertThat(close.pValueCapped()).isTrue();
    }

    @Test
    void andersonDarlingRejectsBadInput() {
        assertThatThrownBy(() -> AndersonDarling.kSample(new double[] {1, 2}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("at least 2 samples");
        assertThatThrownBy(() -> AndersonDarling.kSample(new double[] {1, 2}, new double[] {Double.NaN}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("samples[1]");
        assertThatThrownBy(() -> AndersonDarling.kSample(new double[] {1, 1}, new double[] {1, 1}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> AndersonDarling.kSample(new double[] {1, 2}, new double[] {3}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("at least 4 values");
    }
}
