package dev.greenlight.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The kernel two-sample test on hand-checkable cases; its statistic is golden-tested in greenlight-drift. */
class MaximumMeanDiscrepancyTest {

    @Test
    void separatedSamplesGetTheSmallestPermutationPValue() {
        double[] x = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        double[] y = {10, 10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 10.7, 10.8, 10.9};
        MmdResult r = MaximumMeanDiscrepancy.test(x, y, 99, 1);
        // no relabelling of the pooled sample separates the two groups better than the real one
        assertThat(r.pValue()).isEqualTo(1.0 / 100);
        assertThat(r.permutations()).isEqualTo(99);
        assertThat(r.mmd2()).isGreaterThan(0.5);
    }

    @Test
    void twoValuesAHalfApartGiveTheKernelByHand() {
        // pooled {0, 1 | 0, 1}: distances 1,0,1,1,0,1 -> median 1 = sigma; k(0,1) = exp(-1/2)
        // MMD^2_u = k_xx + k_yy - 2 mean k_xy = e^-0.5 + e^-0.5 - 2 (1 + 1 + 2 e^-0.5) / 4 = e^-0.5 - 1
        MmdResult r = MaximumMeanDiscrepancy.test(new double[] {0, 1}, new double[] {0, 1}, 10, 3);
        assertThat(r.bandwidth()).isEqualTo(1.0);
        assertThat(r.mmd2()).isCloseTo(Math.exp(-0.5) - 1, within(1e-15));
        assertThat(r.pValue()).isEqualTo(1.0);
    }

    @Test
    void sameSeedSameAnswerAndBadInputIsNamed() {
        double[] x = {1, 3, 2, 5, 4, 6, 8, 7};
        double[] y = {2, 4, 3, 6, 9, 5, 7, 10};
        assertThat(MaximumMeanDiscrepancy.test(x, y, 50, 7)).isEqualTo(MaximumMeanDiscrepancy.test(x, y, 50, 7));
        assertThatThrownBy(() -> MaximumMeanDiscrepancy.test(new double[] {1}, y, 50, 7))
                .hasMessageContaining("sample x has 1 value(s)");
        assertThatThrownBy(() -> MaximumMeanDiscrepancy.test(x, y, 0, 7)).hasMessageContaining("permutations");
    }
}
