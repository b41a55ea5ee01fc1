package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ChiSquareContingencyTest {
    // rows 30 and 70, columns 40 and 60, N = 100: expected counts 12, 18 / 28, 42, every |O - E| = 2
    private static final long[][] TABLE = {{10, 20}, {30, 40}};
    private static final double INVERSE_EXPECTED_SUM = 1.0 / 12 + 1.0 / 18 + 1.0 / 28 + 1.0 / 42;

    @Test
    void pearsonStatisticOfATwoByTwoTable() {
        ChiSquareResult r = ChiSquareContingency.test(TABLE, false);

        assertThat(r.expected()).isDeepEqualTo(new double[][] {{12, 18}, {28, 42}});
        assertThat(r.dof()).isEqualTo(1);
        assertThat(r.statistic()).isCloseTo(4 * INVERSE_EXPECTED_SUM, within(1e-14));
        assertThat(r.pValue()).isCloseTo(ChiSquaredDistribution.of(1).survivalProbability(r.statistic()),
                within(1e-16));
        assertThat(r.yatesCorrected()).isFalse();
    }

    @Test
    void yatesCorrectionShrinksEachDeviationByHalf() {
        ChiSquareResult r = ChiSquareContingency.test(TABLE);

        assertThat(r.statistic()).isCloseTo(1.5 * 1.5 * INVERSE_EXPECTED_SUM, within(1e-14));
        assertThat(r.yatesCorrected()).isTrue();
    }

    @Test
    void yatesCorrectionNeverOvershootsTheExpectedCount() {
        // rows 2 and 3, columns 2 and 3, N = 5: E = 0.8, 1.2 / 1.2, 1.8 and every |O - E| = 0.2 < 0.5, so each
        // corrected count stops at E and the statistic is 0 (the textbook (|O - E| - 1/2)^2 / E would not be)
        long[][] table = {{1, 1}, {1, 2}};
        assertThat(ChiSquareContingency.test(table).statistic()).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void correctionOnlyAppliesWithOneDegreeOfFreedom() {
        long[][] table = {{10, 20, 30}, {30, 20, 10}};

        ChiSquareResult corrected = ChiSquareContingency.test(table, true);
        ChiSquareResult plain = ChiSquareContingency.test(table, false);

        assertThat(corrected.dof()).isEqualTo(2);
        assertThat(corrected.statistic()).isEqualTo(plain.statistic());
        assertThat(corrected.yatesCorrected()).isFalse();
    }

    @Test
    void gTestIsTwiceTheLogLikelihoodRatio() {
        ChiSquareResult r = ChiSquareContingency.test(TABLE, false, ChiSquareContingency.LOG_LIKELIHOOD);

        double g = 2 * (10 * Math.log(10 / 12.0) + 20 * Math.log(20 / 18.0) + 30 * Math.log(30 / 28.0)
                + 40 * Math.log(40 / 42.0));
        assertThat(r.statistic()).isCloseTo(g, within(1e-13));
    }

    @Test
    void aSingleRowHasNothingToTest() {
        ChiSquareResult r = ChiSquareContingency.test(new long[][] {{5, 7, 9}});

        assertThat(r.dof()).isZero();
        assertThat(r.statistic()).isZero();
        assertThat(r.pValue()).isEqualTo(1.0);
    }

    @Test
    void aCategoryAbsentFromBothSamplesIsRejected() {
        assertThatThrownBy(() -> ChiSquareContingency.test(new long[][] {{5, 0, 3}, {2, 0, 8}}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("column 1");
    }

    @Test
    void invalidTablesAreRejected() {
        assertThatThrownBy(() -> ChiSquareContingency.test(new long[][] {{1, 2}, {3}}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("ragged");
        assertThatThrownBy(() -> ChiSquareContingency.test(new long[][] {{1, -2}, {3, 4}}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("table[0][1]");
    }

    @Test
    void cramersVIsOneForPerfectAssociationAndZeroForIndependence() {
        assertThat(CramersV.of(new long[][] {{10, 0}, {0, 10}})).isCloseTo(1.0, within(1e-15));
        assertThat(CramersV.of(new long[][] {{10, 20}, {20, 40}})).isCloseTo(0.0, within(1e-15));
        // uncorrected X^2 = 4 * INVERSE_EXPECTED_SUM over N = 100 and min(r, c) - 1 = 1
        assertThat(CramersV.of(TABLE)).isCloseTo(Math.sqrt(4 * INVERSE_EXPECTED_SUM / 100), within(1e-15));
    }

    @Test
    void cramersVNeedsTwoRowsAndTwoColumns() {
        assertThatThrownBy(() -> CramersV.of(new long[][] {{1, 2, 3}}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("2 rows and 2 columns");
    }
}
