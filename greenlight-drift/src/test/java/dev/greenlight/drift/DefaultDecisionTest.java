package dev.greenlight.drift;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default decision (corrected p-value below 0.05 and an effect beyond the reference's chunk-to-chunk
 * spread) at large sizes, where Evidently's fixed 0.1 distance misses small real shifts: unchanged data alarms
 * at about the configured 5%, and the benchmark's shifts (0.1 sd on numbers, a reweighted category) are found.
 * Seeded, so every rate below is exactly reproducible; the small-sample null rate is in
 * {@link FalseAlarmAndPowerTest}.
 */
class DefaultDecisionTest {
    private static final DriftOptions DEFAULTS = DriftOptions.defaults().withMultivariate(false);

    /**
     * 400 unchanged pairs of 5,000 rows (4 normal columns, 1 categorical; 25 times the rows of
     * {@link FalseAlarmAndPowerTest}'s 1,000 pairs). Observed with this seed: the share printed below; the standard
     * error of a 5% rate over 400 pairs is 1.1 points.
     */
    @Test
    void unchangedDataAtFiveThousandRowsAlarmsAtAboutTheConfiguredLevel() {
        SplittableRandom random = new SplittableRandom(20261202);
        int pairs = 400;
        int withAlarm = 0;
        for (int pair = 0; pair < pairs; pair++) {
            DriftReport r = DriftEngine.compare(dataset(random, 5_000, 0, 0), dataset(random, 5_000, 0, 0),
                    DEFAULTS);
            withAlarm += r.dataset().driftedColumns() > 0 ? 1 : 0;
        }
        double rate = (double) withAlarm / pairs;
        String observed = String.format(Locale.ROOT, "observed: %.1f%% of %d unchanged pairs of 5,000 rows with "
                + "any column drifted", 100 * rate, pairs);
        System.out.println(observed);
        assertThat(rate).as(observed).isBetween(0.03, 0.07);
    }

    /** The benchmark's shifts, small and large N: all found, none of the unchanged columns flagged more than once. */
    @Test
    void smallShiftsAreFoundAtEverySize() {
        SplittableRandom random = new SplittableRandom(5);
        for (int rows : new int[] {10_000, 300_000}) {
            DriftReport r = DriftEngine.compare(dataset(random, rows, 0, 0), dataset(random, rows, 0.1, 0.1),
                    DEFAULTS);
            String where = rows + " rows: " + r.columns().stream().map(c -> c.name() + "=" + c.drift()).toList();
            assertThat(r.columns().get(0).drift()).as(where).isTrue();
            assertThat(r.columns().get(4).drift()).as(where).isTrue();
            long falseAlarms = r.columns().subList(1, 4).stream().filter(ColumnDrift::drift).count();
            assertThat(falseAlarms).as(where).isLessThanOrEqualTo(1);
            assertThat(r.columns().get(0).effectThreshold().value()).as(where)
                    .isLessThan(r.columns().get(0).effectSize());
        }
    }

    /**
     * Column 0 normal shifted by {@code shift} sd, columns 1-3 unchanged normals, column 4 a category whose first
     * level gains {@code reweight} of probability from the second.
     */
    private static Table dataset(SplittableRandom random, int rows, double shift, double reweight) {
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                v[i] = FalseAlarmAndPowerTest.gaussian(random) + (c == 0 ? shift : 0);
            }
            cols.add(NumericColumn.of("x" + c, v));
        }
        int[] codes = new int[rows];
        for (int i = 0; i < rows; i++) {
            double u = random.nextDouble();
            codes[i] = u < 0.4 + reweight ? 0 : u < 0.7 ? 1 : 2;
        }
        cols.add(new CategoricalColumn("c", ColumnType.CATEGORICAL, codes, List.of("a", "b", "c")));
        return Table.of(cols);
    }
}
