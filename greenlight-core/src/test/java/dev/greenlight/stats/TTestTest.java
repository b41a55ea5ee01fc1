package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TTestTest {
    // means 1 and 4, both variances 2, n = 2 each: se = sqrt(2/2 + 2/2), t = -3 / sqrt(2), df = 2 for both tests
    private static final double[] A = {0, 2};
    private static final double[] B = {3, 5};
    private static final double T = -3 / Math.sqrt(2);

    /** Student's t with 2 degrees of freedom has the closed form P(T <= t) = 1/2 + t / (2 sqrt(2 + t^2)). */
    private static double cdfTwoDegrees(double t) {
        return 0.5 + t / (2 * Math.sqrt(2 + t * t));
    }

    @Test
    void welchByHand() {
        TTestResult r = TTest.welch(A, B);

        assertThat(r.statistic()).isCloseTo(T, within(1e-15));
        assertThat(r.df()).isCloseTo(2.0, within(1e-15));
        assertThat(r.pValue()).isCloseTo(2 * cdfTwoDegrees(T), within(1e-14));
        assertThat(r.equalVariances()).isFalse();
    }

    @Test
    void studentByHand() {
        TTestResult r = TTest.student(A, B);

        assertThat(r.statistic()).isCloseTo(T, within(1e-15));
        assertThat(r.df()).isEqualTo(2.0);
        assertThat(r.pValue()).isCloseTo(2 * cdfTwoDegrees(T), within(1e-14));
    }

    @Test
    void oneSidedAlternativesSplitTheTails() {
        assertThat(TTest.welch(A, B, Alternative.LESS).pValue()).isCloseTo(cdfTwoDegrees(T), within(1e-14));
        assertThat(TTest.welch(A, B, Alternative.GREATER).pValue()).isCloseTo(1 - cdfTwoDegrees(T), within(1e-14));
    }

    @Test
    void welchDegreesOfFreedomFollowSatterthwaite() {
        // a: n = 3, var 1 -> va = 1/3; b: n = 5, var 10 -> vb = 2
        double[] a = {1, 2, 3};
        double[] b = {0, 5, 5 - Math.sqrt(20), 5 + Math.sqrt(20), 10};
        double va = 1.0 / 3;
        double vb = (25 + 0 + 20 + 20 + 25) / 4.0 / 5;

        double df = (va + vb) * (va + vb) / (va * va / 2 + vb * vb / 4);
        assertThat(TTest.welch(a, b).df()).isCloseTo(df, within(1e-12));
    }

    @Test
    void constantEqualSamplesHaveNoStatistic() {
        TTestResult r = TTest.welch(new double[] {0.1, 0.1, 0.1}, new double[] {0.1, 0.1});

        assertThat(r.statistic()).isNaN();
        assertThat(r.pValue()).isNaN();
        assertThat(r.df()).as("scipy's choice for 0/0 degrees of freedom").isEqualTo(1.0);
    }

    @Test
    void constantDifferentSamplesAreInfinitelyFarApart() {
        TTestResult r = TTest.student(new double[] {1, 1, 1}, new double[] {2, 2});

        assertThat(r.statistic()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(r.pValue()).isZero();
    }

    @Test
    void missingValuesAreExcluded() {
        TTestResult r = TTest.welch(new double[] {0, Double.NaN, 2}, B);

        assertThat(r.n1()).isEqualTo(2);
        assertThat(r.statistic()).isCloseTo(T, within(1e-15));
        assertThatThrownBy(() -> TTest.student(new double[] {Double.NaN}, B))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("sample a");
    }
}
