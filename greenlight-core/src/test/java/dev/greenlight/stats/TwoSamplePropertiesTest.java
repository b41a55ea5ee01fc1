package dev.greenlight.stats;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Invariants of the tests and distances that must hold for any data. */
class TwoSamplePropertiesTest {

    /** Samples with many ties (small integers), some of them missing. */
    @Provide
    Arbitrary<double[]> tiedSample() {
        return Arbitraries.integers().between(-6, 6).map(i -> i == 6 ? Double.NaN : (double) i)
                .array(double[].class).ofMinSize(1).ofMaxSize(40)
                .filter(a -> java.util.Arrays.stream(a).anyMatch(v -> !Double.isNaN(v)));
    }

    /** Continuous samples, from a few values to a few hundred. */
    @Provide
    Arbitrary<double[]> continuousSample() {
        return Arbitraries.doubles().between(-1e3, 1e3).array(double[].class).ofMinSize(1).ofMaxSize(300);
    }

    @Provide
    Arbitrary<double[]> anySample() {
        return Arbitraries.oneOf(tiedSample(), continuousSample());
    }

    @Property
    void ksStatisticAndPValueAreSymmetricInTheSamples(@ForAll("anySample") double[] x, @ForAll("anySample") double[] y) {
        KsResult xy = KolmogorovSmirnov.twoSample(x, y);
        KsResult yx = KolmogorovSmirnov.twoSample(y, x);

        assertThat(yx.statistic()).isEqualTo(xy.statistic());
        assertThat(yx.pValue()).isCloseTo(xy.pValue(), within(1e-12));
    }

    @Property
    void ksOneSidedStatisticsSwapWithTheSamples(@ForAll("anySample") double[] x, @ForAll("anySample") double[] y) {
        assertThat(KolmogorovSmirnov.twoSample(x, y, Alternative.LESS).statistic())
                .isEqualTo(KolmogorovSmirnov.twoSample(y, x, Alternative.GREATER).statistic());
    }

    @Property
    void identicalSamplesAreIndistinguishable(@ForAll("anySample") double[] x) {
        KsResult ks = KolmogorovSmirnov.twoSample(x, x.clone());

        assertThat(ks.statistic()).isZero();
        assertThat(ks.pValue()).isEqualTo(1.0);
        assertThat(Wasserstein.distance(x, x.clone()).distance()).isZero();
    }

    @Property
    void everyPValueIsAProbability(@ForAll("anySample") double[] x, @ForAll("anySample") double[] y) {
        for (Alternative alternative : Alternative.values()) {
            for (Method method : Method.values()) {
                KsResult ks = KolmogorovSmirnov.twoSample(x, y, alternative, method);
                if (ks.n1() == 1 && ks.n2() == 1 && alternative == Alternative.TWO_SIDED
                        && ks.method() == Method.ASYMPTOTIC) {
                    assertThat(ks.pValue()).as("documented: no Kolmogorov distribution of size 0").isNaN();
                } else {
                    assertThat(ks.pValue()).isBetween(0.0, 1.0);
                }
            }
            assertProbabilityOrNaN(TTest.welch(x, y, alternative).pValue());
            assertProbabilityOrNaN(TTest.student(x, y, alternative).pValue());
        }
        if (count(x) >= 2 && count(y) >= 2) {
            assertThat(CramerVonMises.twoSample(x, y, Method.ASYMPTOTIC).pValue()).isBetween(0.0, 1.0);
            if (count(x) <= 12 && count(y) <= 12) {
                assertThat(CramerVonMises.twoSample(x, y, Method.EXACT).pValue()).isBetween(0.0, 1.0);
            }
        }
        SortedSample sx = SortedSample.of(x);
        SortedSample sy = SortedSample.of(y);
        boolean twoDistinct = sx.get(0) != sx.get(sx.size() - 1) || sy.get(0) != sy.get(sy.size() - 1)
                || sx.get(0) != sy.get(0);
        if (sx.size() + sy.size() >= 4 && twoDistinct) {
            assertThat(AndersonDarling.kSample(x, y).pValue()).isBetween(0.001, 0.25);
        }
    }

    @Property
    void chiSquarePValueIsAProbability(@ForAll("countTable") long[][] table) {
        ChiSquareResult r = ChiSquareContingency.test(table);

        assertThat(r.pValue()).isBetween(0.0, 1.0);
        assertThat(r.statistic()).isGreaterThanOrEqualTo(0.0);
        assertThat(CramersV.of(table)).isBetween(0.0, 1.0 + 1e-12);
    }

    @Provide
    Arbitrary<long[][]> countTable() {
        Arbitrary<long[]> row = Arbitraries.longs().between(1, 500).array(long[].class).ofSize(4);
        return Combinators.combine(row, row, row).as((a, b, c) -> new long[][] {a, b, c});
    }

    @Property
    void wassersteinOfATranslatedSampleIsTheShift(@ForAll("continuousSample") double[] x,
                                                  @ForAll @DoubleRange(min = -50, max = 50) double shift) {
        double[] moved = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            moved[i] = x[i] + shift;
        }

        assertThat(Wasserstein.distance(x, moved).distance()).isCloseTo(Math.abs(shift), within(1e-9));
    }

    @Property
    void wassersteinIsSymmetric(@ForAll("anySample") double[] x, @ForAll("anySample") double[] y) {
        assertThat(Wasserstein.distance(y, x).distance())
                .isCloseTo(Wasserstein.distance(x, y).distance(), within(1e-9));
    }

    @Property
    void benjaminiHochbergIsMonotoneAndNeverBelowTheRawPValue(
            @ForAll @Size(min = 1, max = 60) double[] raw) {
        double[] p = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            p[i] = Double.isFinite(raw[i]) ? Math.abs(raw[i]) % 1.0 : 0.5;
        }
        double[] adjusted = MultipleTesting.benjaminiHochberg(p);
        double[] bonferroni = MultipleTesting.bonferroni(p);

        for (int i = 0; i < p.length; i++) {
            assertThat(adjusted[i]).isBetween(p[i], 1.0);
            // p / (1/m) and m p may differ in the last bit
            assertThat(adjusted[i]).isLessThanOrEqualTo(bonferroni[i] + Math.ulp(bonferroni[i]));
            for (int j = 0; j < p.length; j++) {
                if (p[i] <= p[j]) {
                    assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
                }
            }
        }
    }

    @Property
    void jensenShannonIsSymmetricAndBounded(@ForAll @Size(min = 1, max = 20) double[] rawP,
                                            @ForAll @Size(min = 20, max = 20) double[] rawQ) {
        double[] p = new double[rawP.length];
        double[] q = new double[rawP.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Double.isFinite(rawP[i]) ? Math.abs(rawP[i]) % 100 : 1;
            q[i] = Double.isFinite(rawQ[i]) ? Math.abs(rawQ[i]) % 100 : 1;
        }
        p[0] += 1;
        q[0] += 1;

        double d = JensenShannon.distance(p, q, 2);
        assertThat(d).isBetween(0.0, 1.0);
        assertThat(JensenShannon.distance(q, p, 2)).isCloseTo(d, within(1e-15));
    }

    @Property
    void kolmogorovCdfIsNondecreasing(@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 400) int n,
                                      @ForAll @DoubleRange(min = 0, max = 1) double d1,
                                      @ForAll @DoubleRange(min = 0, max = 1) double d2) {
        double lo = Math.min(d1, d2);
        double hi = Math.max(d1, d2);
        assertThat(KolmogorovDistribution.cdf(lo, n)).isLessThanOrEqualTo(KolmogorovDistribution.cdf(hi, n) + 1e-12);
        assertThat(KolmogorovDistribution.sf(lo, n)).isBetween(0.0, 1.0);
    }

    private static void assertProbabilityOrNaN(double p) {
        if (!Double.isNaN(p)) {
            assertThat(p).isBetween(0.0, 1.0);
        }
    }

    private static int count(double[] values) {
        return SortedSample.of(values).size();
    }
}
