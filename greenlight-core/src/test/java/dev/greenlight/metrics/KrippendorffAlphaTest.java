package dev.greenlight.metrics;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KrippendorffAlphaTest {
    private static final double NA = Double.NaN;

    /**
     * The reliability data of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E: four
     * observers, twelve units, missing values; here units by observers.
     */
    private static final double[][] KRIPPENDORFF_2011 = transpose(new double[][] {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
        {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA},
    });

    /*
     * By hand from the coincidence matrix (unit 12 has one value and drops out; n = 40 pairable values with
     * n_1..n_5 = 9, 13, 10, 5, 3). Nominal: the off-diagonal coincidences sum to 4, sum_(c != k) n_c n_k = 1600 -
     * (81 + 169 + 100 + 25 + 9) = 1216, alpha = 1 - 39 * 4 / 1216 = 113/152. The ordinal, interval and ratio values
     * are the same sums with Krippendorff's delta^2, done in exact fractions: 108577/133160, 951/1120 and
     * 18222619/22852465. Krippendorff publishes them rounded: 0.743, 0.815, 0.849, 0.797.
     */
    @Test
    void krippendorffsOwnExampleAtEachLevel() {
        assertAlpha(MeasurementLevel.NOMINAL, 113.0 / 152.0, 0.743);
        assertAlpha(MeasurementLevel.ORDINAL, 108577.0 / 133160.0, 0.815);
        assertAlpha(MeasurementLevel.INTERVAL, 951.0 / 1120.0, 0.849);
        assertAlpha(MeasurementLevel.RATIO, 18222619.0 / 22852465.0, 0.797);
    }

    private static void assertAlpha(MeasurementLevel level, double exact, double published) {
        MetricValue a = KrippendorffAlpha.of(KRIPPENDORFF_2011, level);
        assertThat(a.value()).as(level.key()).isCloseTo(exact, within(1e-12));
        assertThat(a.value()).as(level.key() + " as published").isCloseTo(published, within(5e-4));
        assertThat(a.n()).as("pairable units").isEqualTo(11);
    }

    @Test
    void perfectAgreementIsOneAndNoVariationIsUndefined() {
        double[][] same = {{1, 1}, {2, 2}, {3, NA, 3}};
        assertThat(KrippendorffAlpha.of(same, MeasurementLevel.NOMINAL).value()).isEqualTo(1.0);
        MetricValue constant = KrippendorffAlpha.of(new double[][] {{1, 1}, {1, 1}}, MeasurementLevel.NOMINAL);
        assertThat(constant.isDefined()).isFalse();
        assertThat(constant.undefinedReason()).contains("same value");
        MetricValue single = KrippendorffAlpha.of(new double[][] {{1, NA}, {NA, 2}}, MeasurementLevel.NOMINAL);
        assertThat(single.isDefined()).isFalse();
        assertThat(single.undefinedReason()).contains("two raters");
    }

    /** Two raters, no missing values, nominal: alpha is Scott's pi corrected by (n - 1)/n, so close to Cohen. */
    @Test
    void twoRatersNominalIsScottsPiWithSmallSampleCorrection() {
        // 10 units, agreement on 8; both raters' label shares are 50/50, so pi = (0.8 - 0.5) / 0.5 = 0.6 and
        // alpha = 1 - (2n - 1)/(2n) * (1 - pi) = 1 - 19/20 * 0.4 = 0.62 (Krippendorff 2011, section A)
        double[][] r = {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 1}, {1, 0}, {1, 1}, {1, 1}, {1, 1}, {1, 1}};
        assertThat(KrippendorffAlpha.of(r, MeasurementLevel.NOMINAL).value()).isCloseTo(0.62, within(1e-12));
    }

    @Property(tries = 200)
    void relabellingRatersOrUnitsDoesNotChangeAlpha(@ForAll @IntRange(min = 0, max = 1000) int seed) {
        java.util.Random random = new java.util.Random(seed);
        double[][] r = new double[12][3];
        for (double[] unit : r) {
            for (int j = 0; j < unit.length; j++) {
                unit[j] = random.nextInt(5) == 0 ? NA : random.nextInt(4);
            }
        }
        double[][] swapped = new double[r.length][];
        for (int u = 0; u < r.length; u++) {
            double[] unit = r[r.length - 1 - u];
            swapped[u] = new double[] {unit[2], unit[0], unit[1]};
        }
        for (MeasurementLevel level : MeasurementLevel.values()) {
            MetricValue a = KrippendorffAlpha.of(r, level);
            MetricValue b = KrippendorffAlpha.of(swapped, level);
            assertThat(b.isDefined()).isEqualTo(a.isDefined());
            if (a.isDefined()) {
                assertThat(b.value()).isCloseTo(a.value(), within(1e-12));
                assertThat(a.value()).isLessThanOrEqualTo(1.0 + 1e-12);
            }
        }
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }
}
