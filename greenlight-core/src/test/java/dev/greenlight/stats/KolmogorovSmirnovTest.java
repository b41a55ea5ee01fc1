package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KolmogorovSmirnovTest {

    @Test
    void separatedSamplesOfFourGiveTheSmallestExactPValue() {
        // every x below every y: F_x - F_y climbs to 1 at x = 4; only 2 of the C(8,4) = 70 orderings are that extreme
        KsResult r = KolmogorovSmirnov.twoSample(new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8});

        assertThat(r.statistic()).isEqualTo(1.0);
        assertThat(r.pValue()).isCloseTo(2.0 / 70, within(1e-15));
        assertThat(r.method()).isEqualTo(Method.EXACT);
        assertThat(r.location()).isEqualTo(4.0);
        assertThat(r.sign()).isEqualTo(1);
        assertThat(r.n1()).isEqualTo(4);
        assertThat(r.n2()).isEqualTo(4);
    }

    @Test
    void unequalSizesCountTheOrderingsExactly() {
        // x = {1, 2}, y = {3, 4, 5}: D = 1 is reached only by xxyyy and yyyxx, 2 of C(5,2) = 10 orderings
        KsResult r = KolmogorovSmirnov.twoSample(new double[] {1, 2}, new double[] {3, 4, 5});

        assertThat(r.pValue()).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void oneSidedExactTailOfEqualSamplesIsARatioOfBinomials() {
        // greater: D+ = max(F_x - F_y) = 1 with h = 3 steps; P = C(6, 0) / C(6, 3) = 1/20
        double[] x = {1, 2, 3};
        double[] y = {4, 5, 6};

        KsResult greater = KolmogorovSmirnov.twoSample(x, y, Alternative.GREATER, Method.EXACT);
        KsResult less = KolmogorovSmirnov.twoSample(x, y, Alternative.LESS, Method.EXACT);

        assertThat(greater.statistic()).isEqualTo(1.0);
        assertThat(greater.pValue()).isCloseTo(0.05, within(1e-15));
        assertThat(less.statistic()).isEqualTo(0.0);
        assertThat(less.pValue()).isEqualTo(1.0);
        assertThat(less.sign()).isEqualTo(-1);
    }

    @Test
    void oneSidedAsymptoticIsHodgesApproximation() {
        // m = n = 4, D = 1: z = sqrt(2), exponent -2 z^2 - 2 z (4 + 8) / (3 sqrt(4 * 4 * 8)) = -4 - 1
        KsResult r = KolmogorovSmirnov.twoSample(new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8},
                Alternative.GREATER, Method.ASYMPTOTIC);

        assertThat(r.pValue()).isCloseTo(Math.exp(-5), within(1e-15));
        assertThat(r.method()).isEqualTo(Method.ASYMPTOTIC);
    }

    @Test
    void twoSidedAsymptoticUsesTheKolmogorovDistributionAtTheRoundedEffectiveSize() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = {4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5};

        KsResult r = KolmogorovSmirnov.twoSample(x, y, Alternative.TWO_SIDED, Method.ASYMPTOTIC);

        // 10 * 13 / 23 = 5.65 rounds to 6
        assertThat(r.pValue()).isEqualTo(KolmogorovDistribution.sf(r.statistic(), 6));
    }

    @Test
    void tiedValuesAreComparedAfterTheWholeTieGroup() {
        // F_x - F_y at 1: 3/4 - 1/2 = 1/4; at 2: 1 - 1/2 = 1/2; at 3: 0
        KsResult r = KolmogorovSmirnov.twoSample(new double[] {1, 1, 1, 2}, new double[] {1, 3});

        assertThat(r.statistic()).isEqualTo(0.5);
        assertThat(r.location()).isEqualTo(2.0);
        assertThat(r.sign()).isEqualTo(1);
    }

    @Test
    void ecdfOfXBelowThatOfYGivesNegativeSign() {
        KsResult r = KolmogorovSmirnov.twoSample(new double[] {5, 6, 7}, new double[] {1, 2, 3});

        assertThat(r.statistic()).isEqualTo(1.0);
        assertThat(r.sign()).isEqualTo(-1);
        assertThat(r.location()).isEqualTo(3.0);
    }

    @Test
    void missingValuesAreExcludedAndCounted() {
        KsResult withNaN = KolmogorovSmirnov.twoSample(new double[] {1, Double.NaN, 2, 3, Double.NaN},
                new double[] {2.5, 3.5, Double.NaN});
        KsResult clean = KolmogorovSmirnov.twoSample(new double[] {1, 2, 3}, new double[] {2.5, 3.5});

        assertThat(withNaN).isEqualTo(clean);
        assertThat(withNaN.n1()).isEqualTo(3);
        assertThat(withNaN.n2()).isEqualTo(2);
    }

    @Test
    void presortedSamplesGiveTheSameResult() {
        double[] x = {3, 1, 2, Double.NaN};
        double[] y = {0.5, 2.5};

        assertThat(KolmogorovSmirnov.twoSample(SortedSample.of(x), SortedSample.of(y), Alternative.TWO_SIDED,
                Method.AUTO)).isEqualTo(KolmogorovSmirnov.twoSample(x, y));
    }

    @Test
    void autoIsExactUpToTenThousandValues() {
        double[] small = new double[10_000];
        double[] large = new double[10_001];
        for (int i = 0; i < large.length; i++) {
            large[i] = i;
            if (i < small.length) {
                small[i] = i + 0.5;
            }
        }
        double[] few = {1, 2, 3};

        assertThat(KolmogorovSmirnov.twoSample(small, few).method()).isEqualTo(Method.EXACT);
        assertThat(KolmogorovSmirnov.twoSample(large, few).method()).isEqualTo(Method.ASYMPTOTIC);
    }

    @Test
    void oneSidedExactFallsBackToAsymptoticWhenTheOrderingsOverflowADouble() {
        // C(1500, 600) > 1.8e308: scipy gives up on its exact path count here, and so do we
        double[] x = new double[600];
        double[] y = new double[900];
        for (int i = 0; i < y.length; i++) {
            y[i] = i;
            if (i < x.length) {
                x[i] = i * 1.3 + 0.1;
            }
        }

        KsResult r = KolmogorovSmirnov.twoSample(x, y, Alternative.GREATER, Method.EXACT);

        assertThat(r.method()).isEqualTo(Method.ASYMPTOTIC);
        assertThat(KolmogorovSmirnov.twoSample(x, y, Alternative.TWO_SIDED, Method.EXACT).method())
                .isEqualTo(Method.EXACT);
    }

    @Test
    void samplesOfOneValueEachHaveNoAsymptoticTwoSidedPValue() {
        // round(1 * 1 / 2) = 0: the Kolmogorov distribution of size 0 is undefined, as in scipy
        KsResult r = KolmogorovSmirnov.twoSample(new double[] {1}, new double[] {2}, Alternative.TWO_SIDED,
                Method.ASYMPTOTIC);

        assertThat(r.pValue()).isNaN();
    }

    @Test
    void emptySampleIsRejectedByName() {
        assertThatThrownBy(() -> KolmogorovSmirnov.twoSample(new double[] {1}, new double[] {Double.NaN}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("sample y");
        assertThatThrownBy(() -> KolmogorovSmirnov.twoSample(new double[0], new double[] {1}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("sample x");
        assertThatThrownBy(() -> KolmogorovSmirnov.twoSample(null, new double[] {1}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("sample x");
    }

    @Test
    void callerArraysAreNotModified() {
        double[] x = {3, 1, 2};
        double[] y = {9, 8};

        KolmogorovSmirnov.twoSample(x, y);

        assertThat(x).containsExactly(3, 1, 2);
        assertThat(y).containsExactly(9, 8);
    }
}
