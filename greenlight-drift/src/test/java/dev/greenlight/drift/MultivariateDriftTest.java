package dev.greenlight.drift;

import dev.greenlight.drift.multivariate.MultivariateDrift;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multivariate methods see what per-column tests cannot: a correlation that breaks while every marginal
 * distribution stays standard normal.
 */
class MultivariateDriftTest {

    private static Table correlated(SplittableRandom r, int rows, double rho) {
        double[] a = new double[rows];
        double[] b = new double[rows];
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            double z1 = FalseAlarmAndPowerTest.gaussian(r);
            double z2 = FalseAlarmAndPowerTest.gaussian(r);
            a[i] = z1;
            b[i] = rho * z1 + Math.sqrt(1 - rho * rho) * z2;
            c[i] = FalseAlarmAndPowerTest.gaussian(r);
        }
        return Table.of(NumericColumn.of("a", a), NumericColumn.of("b", b), NumericColumn.of("c", c));
    }

    @Test
    void sameDistributionIsNotFlagged() {
        SplittableRandom r = new SplittableRandom(11);
        MultivariateDrift m = MultivariateDrift.of(correlated(r, 4_000, 0.9), correlated(r, 4_000, 0.9),
                List.of("a", "b", "c"), 5_000, 1);
        assertThat(m.domainClassifier().auc()).isBetween(0.45, 0.55);
        assertThat(m.domainClassifier().drift()).isFalse();
        assertThat(m.reconstruction().drift()).isFalse();
    }

    @Test
    void brokenCorrelationIsFoundByReconstructionWhileMarginalsAgree() {
        SplittableRandom r = new SplittableRandom(12);
        Table ref = correlated(r, 4_000, 0.9);
        Table cur = correlated(r, 4_000, -0.9);
        DriftReport univariate = DriftEngine.compare(ref, cur, DriftOptions.defaults().withMultivariate(false));
        assertThat(univariate.columns()).noneMatch(ColumnDrift::drift);
        MultivariateDrift m = MultivariateDrift.of(ref, cur, List.of("a", "b", "c"), 5_000, 1);
        assertThat(m.reconstruction().drift()).isTrue();
        assertThat(m.reconstruction().currentError()).isGreaterThan(m.reconstruction().upperThreshold());
    }

    @Test
    void domainClassifierFindsAShiftAndNamesTheFeature() {
        SplittableRandom r = new SplittableRandom(13);
        Table ref = correlated(r, 3_000, 0.0);
        Table cur = correlated(r, 3_000, 0.0);
        double[] c = ((NumericColumn) cur.column("c")).toArray();
        for (int i = 0; i < c.length; i++) {
            c[i] += 0.5;
        }
        cur = cur.with(NumericColumn.of("c", c));
        MultivariateDrift m = MultivariateDrift.of(ref, cur, List.of("a", "b", "c"), 5_000, 1);
        assertThat(m.domainClassifier().auc()).isGreaterThan(0.6);
        assertThat(m.domainClassifier().aucLow()).isGreaterThan(0.5);
        assertThat(m.domainClassifier().drift()).isTrue();
        assertThat(m.domainClassifier().topFeatures().get(0).name()).isEqualTo("c");
        assertThat(m.domainClassifier().topFeatures().get(0).importance()).isGreaterThan(0.8);
    }
}
