package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** numpy.argmax's tie rule and scikit-learn's threshold rule, hand-checked. */
class PredictedClassTest {
    @Test
    void argmaxTakesTheFirstLargest() {
        assertThat(PredictedClass.argmax(new double[] {0.2, 0.4, 0.4})).isEqualTo(1);
        double[][] columns = {{0.5, 0.1}, {0.5, 0.2}, {0.0, 0.7}};
        assertThat(PredictedClass.argmax(columns)).containsExactly(0, 2);
    }

    @Test
    void thresholdIsInclusive() {
        assertThat(PredictedClass.atThreshold(new double[] {0.49, 0.5, 0.9}, 1, 0.5)).containsExactly(0, 1, 1);
        assertThat(PredictedClass.atThreshold(new double[] {0.49, 0.5}, 0, 0.5)).containsExactly(1, 0);
    }
}
