package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SampleSizeTest {

    @Test
    void halvingTheMarginQuadruplesTheRows() {
        ConfidenceInterval ci = ConfidenceInterval.of("accuracy", 0.8, 0.75, 0.85, 0.95, "test", 250);
        assertThat(SampleSize.forMargin(ci, 0.05)).isEqualTo(250);
        assertThat(SampleSize.forMargin(ci, 0.025)).isEqualTo(1000);
    }

    @Test
    void agreesWithTheTextbookProportionFormula() {
        // Wald half-width for p = 0.8 on 400 rows is 1.96 * sqrt(0.16 / 400) = 0.0392; to reach ± 0.02 the
        // textbook n = 1.96^2 * 0.16 / 0.02^2 = 1536.6
        double half = 1.959963984540054 * Math.sqrt(0.16 / 400);
        ConfidenceInterval ci = ConfidenceInterval.of("accuracy", 0.8, 0.8 - half, 0.8 + half, 0.95, "Wald", 400);
        assertThat(SampleSize.forMargin(ci, 0.02)).isCloseTo(1537, within(1.0));
        // one-sample z-test for a drop of 0.05 at alpha 0.05, power 0.8: ((1.645 + 0.842) * 0.4 / 0.05)^2 = 395.7
        assertThat(SampleSize.toDetectDrop(ci, 0.05, 0.05, 0.8)).isCloseTo(396, within(1.0));
    }

    @Test
    void undefinedIntervalsGiveNoAnswer() {
        ConfidenceInterval none = ConfidenceInterval.undefined("roc_auc", 0.95, "DeLong", 10, "one class only");
        assertThat(SampleSize.forMargin(none, 0.05)).isNaN();
        assertThat(SampleSize.toDetectDrop(none, 0.05, 0.05, 0.8)).isNaN();
    }
}
