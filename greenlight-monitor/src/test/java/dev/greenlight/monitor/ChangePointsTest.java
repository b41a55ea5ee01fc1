package dev.greenlight.monitor;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ChangePointsTest {

    private static double[] noise(int m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = r.nextGaussian();
        }
        return x;
    }

    @Test
    void findsAStepAtItsPosition() {
        double[] x = noise(20, 1);
        for (int i = 12; i < 20; i++) {
            x[i] += 4;
        }
        ChangePoints.Found f = ChangePoints.test(x, 0.01, 999, 3);
        assertThat(f).isNotNull();
        assertThat(f.position()).isEqualTo(12);
        assertThat(f.trend()).isFalse();
        assertThat(f.shift()).isBetween(3.0, 5.0);
    }

    @Test
    void tellsASlowTrendFromAStep() {
        double[] x = noise(24, 2);
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.3 * x[i] + 0.25 * i;
        }
        ChangePoints.Found f = ChangePoints.test(x, 0.01, 999, 3);
        assertThat(f).isNotNull();
        assertThat(f.trend()).isTrue();
        assertThat(f.shift()).isBetween(4.5, 7.0);
    }

    /** A null series: at level 0.01 at most 5% of 400 seeded series report a change (expected about 1%). */
    @Test
    void aNullSeriesRarelyChanges() {
        int changed = 0;
        for (int seed = 0; seed < 400; seed++) {
            changed += ChangePoints.test(noise(15, 1000 + seed), 0.01, 199, seed) == null ? 0 : 1;
        }
        assertThat(changed).isLessThanOrEqualTo(20);
    }

    @Property(tries = 50)
    void theStatisticIsInvariantToShiftAndScale(@ForAll @IntRange(min = 6, max = 40) int m,
                                                @ForAll @IntRange(min = 0, max = 1000) int seed) {
        double[] x = noise(m, seed);
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = 3 + 2 * x[i];
        }
        int[] a = new int[1];
        int[] b = new int[1];
        assertThat(ChangePoints.statistic(y, b)).isCloseTo(2 * ChangePoints.statistic(x, a),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(b[0]).isEqualTo(a[0]);
    }

    @Test
    void aConstantOrShortSeriesHasNoChange() {
        assertThat(ChangePoints.test(new double[]{1, 1, 1, 1, 1, 1, 1}, 0.01, 99, 1)).isNull();
        assertThat(ChangePoints.test(new double[]{1, 2, 3}, 0.01, 99, 1)).isNull();
    }
}
