package dev.greenlight.stats;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The exact null distributions checked against brute force: for continuous data every assignment of the pooled
 * ranks 1..N to the two samples is equally likely, so an exact p-value is the share of the C(N, n1) assignments
 * whose statistic is at least as extreme as the observed one.
 */
class ExactDistributionPropertiesTest {

    @Property(tries = 150)
    void kolmogorovSmirnovExactPValueCountsOrderings(@ForAll @IntRange(min = 1, max = 7) int n1,
                                                     @ForAll @IntRange(min = 1, max = 7) int n2,
                                                     @ForAll @IntRange(min = 0, max = 1 << 14) int pick) {
        int observed = mask(n1, n2, pick);
        for (Alternative alternative : Alternative.values()) {
            double d = ks(observed, n1, n2, alternative).statistic();
            double share = shareAtLeast(n1, n2, m -> ks(m, n1, n2, alternative).statistic(), d);
            KsResult r = ks(observed, n1, n2, alternative);
            assertThat(r.method()).isEqualTo(Method.EXACT);
            assertThat(r.pValue()).as("%s n1=%d n2=%d", alternative, n1, n2).isCloseTo(share, within(1e-12));
        }
    }

    @Property(tries = 100)
    void cramerVonMisesExactPValueCountsOrderings(@ForAll @IntRange(min = 2, max = 7) int n1,
                                                  @ForAll @IntRange(min = 2, max = 7) int n2,
                                                  @ForAll @IntRange(min = 0, max = 1 << 14) int pick) {
        int observed = mask(n1, n2, pick);
        double t = cramerVonMises(observed, n1, n2).statistic();
        double share = shareAtLeast(n1, n2, m -> cramerVonMises(m, n1, n2).statistic(), t);

        assertThat(cramerVonMises(observed, n1, n2).pValue()).isCloseTo(share, within(1e-12));
    }

    private interface Statistic {
        double of(int mask);
    }

    /** Share of the assignments (bit i set: rank i+1 belongs to x) whose statistic reaches {@code at}. */
    private static double shareAtLeast(int n1, int n2, Statistic statistic, double at) {
        int total = 0;
        int extreme = 0;
        for (int m = 0; m < 1 << (n1 + n2); m++) {
            if (Integer.bitCount(m) != n1) {
                continue;
            }
            total++;
            if (statistic.of(m) >= at - 1e-12) {
                extreme++;
            }
        }
        return (double) extreme / total;
    }

    /** The pick-th assignment with exactly n1 bits set among n1 + n2 (cyclically). */
    private static int mask(int n1, int n2, int pick) {
        int count = 0;
        for (int m = 0; m < 1 << (n1 + n2); m++) {
            if (Integer.bitCount(m) == n1) {
                count++;
            }
        }
        int target = pick % count;
        for (int m = 0; ; m++) {
            if (Integer.bitCount(m) == n1 && target-- == 0) {
                return m;
            }
        }
    }

    private static double[][] samples(int mask, int n1, int n2) {
        double[] x = new double[n1];
        double[] y = new double[n2];
        int i = 0;
        int j = 0;
        for (int rank = 0; rank < n1 + n2; rank++) {
            if ((mask >> rank & 1) == 1) {
                x[i++] = rank;
            } else {
                y[j++] = rank;
            }
        }
        return new double[][] {x, y};
    }

    private static KsResult ks(int mask, int n1, int n2, Alternative alternative) {
        double[][] s = samples(mask, n1, n2);
        return KolmogorovSmirnov.twoSample(s[0], s[1], alternative, Method.EXACT);
    }

    private static CramerVonMisesResult cramerVonMises(int mask, int n1, int n2) {
        double[][] s = samples(mask, n1, n2);
        return CramerVonMises.twoSample(s[0], s[1], Method.EXACT);
    }
}
