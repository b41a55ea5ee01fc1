package dev.greenlight.stats;

import org.junit.jupiter.api.Test;

import static dev.greenlight.stats.McNemar.Variant.CHI_SQUARE;
import static dev.greenlight.stats.McNemar.Variant.CHI_SQUARE_CORRECTED;
import static dev.greenlight.stats.McNemar.Variant.EXACT;
import static dev.greenlight.stats.McNemar.Variant.MID_P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * McNemar's test on hand-computed cases. With b = 10, c = 2 the 12 discordant rows give
 * {@code P(X <= 2) = (1 + 12 + 66) / 4096}, so the exact p-value is 158/4096 and the mid-p 92/4096; the chi-square
 * statistics are 64/12 and 49/12. The chi-square p-values and the large case were cross-checked with scipy 1.10
 * ({@code chi2.sf}, {@code binomtest}).
 */
class McNemarTest {

    @Test
    void exactAndMidPByHand() {
        McNemarResult exact = McNemar.test(10, 2, EXACT);
        assertThat(exact.statistic()).isEqualTo(2);
        assertThat(exact.pValue()).isCloseTo(158.0 / 4096, within(1e-15));
        assertThat(McNemar.test(2, 10, EXACT).pValue()).isCloseTo(158.0 / 4096, within(1e-15));
        assertThat(McNemar.test(10, 2, MID_P).pValue()).isCloseTo(92.0 / 4096, within(1e-15));
        assertThat(exact.discordant()).isEqualTo(12);
    }

    @Test
    void chiSquareWithAndWithoutContinuityCorrection() {
        McNemarResult plain = McNemar.test(10, 2, CHI_SQUARE);
        assertThat(plain.statistic()).isCloseTo(64.0 / 12, within(1e-15));
        assertThat(plain.pValue()).isCloseTo(0.020921335337794035, within(1e-14));
        McNemarResult corrected = McNemar.test(10, 2, CHI_SQUARE_CORRECTED);
        assertThat(corrected.statistic()).isCloseTo(49.0 / 12, within(1e-15));
        assertThat(corrected.pValue()).isCloseTo(0.04330814281079206, within(1e-14));
    }

    @Test
    void equalDiscordantCountsAndNoneAtAll() {
        assertThat(McNemar.test(5, 5, EXACT).pValue()).isEqualTo(1.0);
        assertThat(McNemar.test(5, 5, MID_P).pValue()).isCloseTo(1.0, within(1e-15));
        assertThat(McNemar.test(0, 0, EXACT).pValue()).isEqualTo(1.0);
        assertThat(McNemar.test(0, 0, CHI_SQUARE).pValue()).isNaN();
        // one discordant row: P(X <= 0) = 1/2, doubled
        assertThat(McNemar.test(1, 0, EXACT).pValue()).isEqualTo(1.0);
        assertThat(McNemar.test(1, 0, MID_P).pValue()).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void largeCountsAgreeWithScipyBinomtest() {
        // scipy.stats.binomtest(400, 750).pvalue = 0.0735077740584349
        assertThat(McNemar.test(400, 350, EXACT).pValue()).isCloseTo(0.0735077740584349, within(1e-13));
        assertThat(McNemar.test(400, 350, MID_P).pValue()).isCloseTo(0.06800134821028239, within(1e-13));
    }

    @Test
    void comparesTwoClassifiersRowByRow() {
        int[] y = {0, 1, 1, 0, 1, 0};
        int[] a = {0, 1, 1, 0, 0, 1}; // right on rows 0-3
        int[] b = {1, 1, 0, 0, 1, 1}; // right on rows 1, 3, 4
        McNemarResult r = McNemar.compare(y, a, b, EXACT);
        assertThat(r.onlyFirstCorrect()).isEqualTo(2); // rows 0, 2
        assertThat(r.onlySecondCorrect()).isEqualTo(1); // row 4
        assertThatThrownBy(() -> McNemar.compare(y, a, new int[2], EXACT)).hasMessageContaining("same rows");
        assertThatThrownBy(() -> McNemar.test(-1, 2, EXACT)).hasMessageContaining("at least 0");
    }
}
