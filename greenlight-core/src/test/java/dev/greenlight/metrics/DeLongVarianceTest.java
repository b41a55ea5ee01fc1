package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DeLongVarianceTest {
    private static final List<String> LABELS = List.of("0", "1");

    @Test
    void handWorkedVariance() {
        // positives 0.9, 0.6; negatives 0.7, 0.3, 0.1
        // V10: 0.9 beats 3/3, 0.6 beats 2/3 -> AUC 5/6, S10 = ((1/6)^2 + (1/6)^2) / 1 = 1/18
        // V01: 0.7 is beaten by 1/2, 0.3 and 0.1 by 2/2 -> S01 = ((1/3)^2 + (1/6)^2 + (1/6)^2) / 2 = 1/12
        // Var = S10/2 + S01/3 = 1/36 + 1/36 = 1/18
        ClassificationOutcomes o = binary(new int[] {1, 1, 0, 0, 0}, new double[] {0.9, 0.6, 0.7, 0.3, 0.1});
        AucVariance v = DeLong.variance(o);
        assertThat(v.auc()).isCloseTo(5.0 / 6, within(1e-15));
        assertThat(v.variance()).isCloseTo(1.0 / 18, within(1e-15));
        assertThat(v.positives()).isEqualTo(2);
        assertThat(v.negatives()).isEqualTo(3);
    }

    @Test
    void varianceEqualsThePlacementVarianceComputedPairByPair() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            int n = 5 + random.nextInt(60);
            int[] y = new int[n];
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = i < 2 ? i : random.nextInt(2); // at least one of each ...
                s[i] = random.nextInt(12) / 11.0 + 0.2 * y[i]; // ... with many ties
            }
            y[2] = 0;
            y[3] = 1;
            double[][] placements = bruteForcePlacements(y, s);
            double expected = sampleVariance(placements[0]) / placements[0].length
                    + sampleVariance(placements[1]) / placements[1].length;
            AucVariance v = DeLong.variance(binary(y, s));
            assertThat(v.variance()).isCloseTo(expected, within(1e-13));
            assertThat(v.auc()).isCloseTo(RocAuc.of(binary(y, s)).value(), within(1e-13));
        }
    }

    @Test
    void pairedTestMatchesTheCovarianceFormulaPairByPair() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 80;
        int[] y = new int[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3 == 0 ? 1 : 0;
            double signal = random.nextGaussian();
            a[i] = signal + 1.2 * y[i];
            b[i] = 0.5 * signal + random.nextGaussian() + 0.6 * y[i];
        }
        double[][] pa = bruteForcePlacements(y, a);
        double[][] pb = bruteForcePlacements(y, b);
        double var = (sampleVariance(pa[0]) + sampleVariance(pb[0]) - 2 * sampleCovariance(pa[0], pb[0])) / pa[0].length
                + (sampleVariance(pa[1]) + sampleVariance(pb[1]) - 2 * sampleCovariance(pa[1], pb[1])) / pa[1].length;
        AucComparison t = DeLong.compare(binary(y, a), binary(y, b), 0.95);
        assertThat(t.isDefined()).isTrue();
        assertThat(t.standardError()).isCloseTo(Math.sqrt(var), within(1e-13));
        assertThat(t.difference()).isCloseTo(mean(pa[0]) - mean(pb[0]), within(1e-13));
        assertThat(t.z()).isCloseTo(t.difference() / t.standardError(), within(1e-12));
        AucComparison reversed = DeLong.compare(binary(y, b), binary(y, a), 0.95);
        assertThat(reversed.z()).isCloseTo(-t.z(), within(1e-12));
        assertThat(reversed.pValue()).isCloseTo(t.pValue(), within(1e-15));
    }

    @Test
    void aModelComparedWithItselfHasNoVarianceOfTheDifference() {
        ClassificationOutcomes o = binary(new int[] {1, 1, 0, 0, 0}, new double[] {0.9, 0.6, 0.7, 0.3, 0.1});
        AucComparison t = DeLong.compare(o, o, 0.95);
        assertThat(t.isDefined()).isFalse();
        assertThat(t.undefinedReason()).contains("no variance");
    }

    @Test
    void intervalIsClippedToTheUnitInterval() {
        ClassificationOutcomes perfect = binary(new int[] {1, 1, 0, 0}, new double[] {0.9, 0.8, 0.2, 0.1});
        ConfidenceInterval ci = DeLong.interval(perfect, 0.95);
        assertThat(ci.value()).isEqualTo(1.0);
        assertThat(ci.high()).isEqualTo(1.0);
        assertThat(ci.low()).isEqualTo(1.0); // every placement is 1: no variance
        ClassificationOutcomes o = binary(new int[] {1, 1, 0, 0, 0}, new double[] {0.9, 0.6, 0.7, 0.3, 0.1});
        ConfidenceInterval wide = DeLong.interval(o, 0.95);
        assertThat(wide.low()).isCloseTo(5.0 / 6 - 1.959963984540054 * Math.sqrt(1.0 / 18), within(1e-12));
        assertThat(wide.high()).isEqualTo(1.0);
    }

    @Test
    void undefinedWithTooFewRowsOfAClass() {
        AucVariance v = DeLong.variance(binary(new int[] {1, 0, 0}, new double[] {0.9, 0.6, 0.7}));
        assertThat(v.isDefined()).isFalse();
        assertThat(v.undefinedReason()).contains("at least two positive");
    }

    private static ClassificationOutcomes binary(int[] y, double[] s) {
        return ClassificationOutcomes.binary(LABELS, 1, y, null, s, null);
    }

    /** [0] = V10 of each positive, [1] = V01 of each negative, by comparing every pair. */
    static double[][] bruteForcePlacements(int[] y, double[] s) {
        int m = 0;
        for (int v : y) {
            m += v;
        }
        int k = y.length - m;
        double[] v10 = new double[m];
        double[] v01 = new double[k];
        int pi = 0;
        int ni = 0;
        for (int i = 0; i < y.length; i++) {
            double sum = 0;
            for (int j = 0; j < y.length; j++) {
                if (y[j] != y[i]) {
                    double pos = y[i] == 1 ? s[i] : s[j];
                    double neg = y[i] == 1 ? s[j] : s[i];
                    sum += pos > neg ? 1 : pos == neg ? 0.5 : 0;
                }
            }
            if (y[i] == 1) {
                v10[pi++] = sum / k;
            } else {
                v01[ni++] = sum / m;
            }
        }
        return new double[][] {v10, v01};
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sampleVariance(double[] x) {
        return sampleCovariance(x, x);
    }

    private static double sampleCovariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (x.length - 1);
    }
}
