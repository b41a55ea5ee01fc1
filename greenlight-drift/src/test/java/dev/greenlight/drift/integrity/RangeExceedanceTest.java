package dev.greenlight.drift.integrity;

import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** New values outside the training range, judged against what chance puts there. */
class RangeExceedanceTest {

    @Test
    void smallCasesCountedByHand() {
        // one new value among two training values: outside in 2 of the 3 equally likely positions
        assertThat(RangeExceedance.tail(1, 1, 2)).isCloseTo(2.0 / 3, within(1e-15));
        // two new values, two training: orders of xxTT (6 arrangements of C(4,2)): K=2 for NNTT, TTNN, NTTN (3 of 6)
        assertThat(RangeExceedance.tail(2, 2, 2)).isCloseTo(3.0 / 6, within(1e-15));
        assertThat(RangeExceedance.tail(1, 2, 2)).isCloseTo(5.0 / 6, within(1e-15));
        assertThat(RangeExceedance.expected(1_000_000, 1_000_000)).isCloseTo(2.0, within(1e-5));
        assertThat(RangeExceedance.tail(0, 10, 10)).isEqualTo(1.0);
    }

    @Test
    void theProbabilitiesSumToOne() {
        double total = 0;
        for (int k = 0; k <= 7; k++) {
            total += RangeExceedance.tail(k, 7, 12) - (k < 7 ? RangeExceedance.tail(k + 1, 7, 12) : 0);
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void unchangedLargeDataIsNotReportedAndAWiderCurrentIs() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] v = new double[3][100_000];
        for (int i = 0; i < 100_000; i++) {
            v[0][i] = r.nextGaussian();
            v[1][i] = r.nextGaussian();
            v[2][i] = 1.5 * r.nextGaussian();
        }
        Table train = Table.of(NumericColumn.of("x", v[0]));
        List<IntegrityFinding> same = IntegrityChecks.between(train, Table.of(NumericColumn.of("x", v[1])), "test",
                null);
        assertThat(same).isEmpty();
        List<IntegrityFinding> wider = IntegrityChecks.between(train, Table.of(NumericColumn.of("x", v[2])), "test",
                null);
        assertThat(wider).extracting(IntegrityFinding::kind).containsExactly(IntegrityFinding.Kind.OUT_OF_RANGE);
        assertThat(wider.get(0).message()).contains("where chance explains about 2.0");
    }
}
