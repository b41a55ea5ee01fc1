package dev.greenlight.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SampleMomentsTest {

    @Test
    void matchesNumpyWithOneDegreeOfFreedom() {
        // numpy: np.mean(x) = 4.25, np.var(x, ddof=1) = 16.25, np.std(x, ddof=1) = 4.031128874149275
        double[] x = {1, 2, 4, 10};
        assertThat(SampleMoments.mean(x)).isCloseTo(4.25, within(1e-15));
        assertThat(SampleMoments.variance(x)).isCloseTo(16.25, within(1e-14));
        assertThat(SampleMoments.standardDeviation(x)).isCloseTo(4.031128874149275, within(1e-14));
    }

    @Test
    void keepsItsDigitsFarFromZero() {
        // values 1e9 + {1, 2, 4, 10}: the same spread; a one-pass sum of squares would lose it
        double[] x = {1e9 + 1, 1e9 + 2, 1e9 + 4, 1e9 + 10};
        assertThat(SampleMoments.variance(x)).isCloseTo(16.25, within(1e-6));
    }

    @Test
    void tooFewValuesGiveNaN() {
        assertThat(SampleMoments.mean(new double[0])).isNaN();
        assertThat(SampleMoments.variance(new double[] {3})).isNaN();
        assertThat(SampleMoments.standardDeviation(new double[0])).isNaN();
    }
}
