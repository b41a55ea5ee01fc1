package dev.greenlight.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Fisher's exact test on tables small enough to enumerate by hand; larger ones are golden-tested in drift. */
class FisherExactTest {

    @Test
    void ladyTastingTeaIsTheClassicExample() {
        // Fisher (1935): 4 of 4 cups right; P = 1/C(8,4) = 1/70 one-sided, 2/70 two-sided
        FisherExactResult r = FisherExact.test(new long[][] {{4, 0}, {0, 4}});
        assertThat(r.pValue()).isCloseTo(2.0 / 70, within(1e-15));
        assertThat(r.oddsRatio()).isInfinite();
    }

    @Test
    void theMostProbableTableHasPValueOneAndEmptyMarginsAreUndefined() {
        assertThat(FisherExact.test(new long[][] {{2, 2}, {2, 2}}).pValue()).isEqualTo(1.0);
        FisherExactResult empty = FisherExact.test(new long[][] {{3, 0}, {5, 0}});
        assertThat(empty.oddsRatio()).isNaN();
        assertThat(empty.pValue()).isEqualTo(1.0);
        assertThatThrownBy(() -> FisherExact.test(new long[][] {{1, -1}, {1, 1}})).hasMessageContaining("0 or more");
    }
}
