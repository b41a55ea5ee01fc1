package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Goals judged on intervals, with hand-computed sample sizes. */
class BoundVerdictTest {
    private static ConfidenceInterval ci(double value, double low, double high, int n) {
        return ConfidenceInterval.of("accuracy", value, low, high, 0.95, "test", n);
    }

    @Test
    void metOnlyWhenTheWholeIntervalClearsTheBound() {
        assertThat(BoundVerdict.of(ci(0.95, 0.91, 0.98, 500), 0.9, null).outcome())
                .isEqualTo(BoundVerdict.Outcome.MET);
        assertThat(BoundVerdict.of(ci(0.80, 0.72, 0.87, 100), 0.9, null).outcome())
                .isEqualTo(BoundVerdict.Outcome.MISSED);
        assertThat(BoundVerdict.of(ci(40, 35, 45, 100), null, 50.0).outcome()).isEqualTo(BoundVerdict.Outcome.MET);
    }

    @Test
    void straddlingIsNotYetKnownWithTheRowsThatWouldTell() {
        // 12 rows, 0.92 against 0.9: half-width (0.99 - 0.65) / 2 = 0.17; to shrink it to 0.02, 12 (0.17/0.02)^2
        BoundVerdict v = BoundVerdict.of(ci(0.92, 0.65, 0.99, 12), 0.9, null);
        assertThat(v.outcome()).isEqualTo(BoundVerdict.Outcome.NOT_YET_KNOWN);
        assertThat(v.rowsNeeded()).isCloseTo(Math.ceil(12 * Math.pow(0.17 / 0.02, 2)), within(1.0));
        assertThat(BoundVerdict.of(ci(0.9, 0.85, 0.95, 100), 0.9, null).rowsNeeded()).isNaN();
    }
}
