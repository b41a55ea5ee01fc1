package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NewcombeIntervalTest {

    /** Newcombe (1998), Table II, example (a): 56/70 - 48/80, method 10 gives 0.0524 to 0.3339. */
    @Test
    void newcombesOwnExample() {
        ConfidenceInterval ci = NewcombeInterval.difference("accuracy", 56, 70, 48, 80, 0.95);
        assertThat(ci.value()).isCloseTo(0.2, within(1e-12));
        assertThat(ci.low()).isCloseTo(0.0524, within(5e-5));
        assertThat(ci.high()).isCloseTo(0.3339, within(5e-5));
    }

    /** The same table's 0/10 - 0/20 gives -0.1611 to 0.2775, inside [-1, 1] where Wald gives 0 to 0. */
    @Test
    void staysInformativeAtTheBoundary() {
        ConfidenceInterval ci = NewcombeInterval.difference("accuracy", 0, 10, 0, 20, 0.95);
        assertThat(ci.low()).isCloseTo(-0.1611, within(5e-5));
        assertThat(ci.high()).isCloseTo(0.2775, within(5e-5));
        assertThat(NewcombeInterval.difference("accuracy", 0, 0, 1, 2, 0.95).isDefined()).isFalse();
    }
}
