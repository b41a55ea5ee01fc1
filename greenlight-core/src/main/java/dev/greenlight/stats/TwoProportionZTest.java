package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Two-proportion z-test for binary columns (e.g. the share of a flag in reference vs current data), with the
 * pooled-variance standard error:
 * {@code p = (s1 + s2) / (n1 + n2)}, {@code z = (s1/n1 - s2/n2) / sqrt(p (1 - p) (1/n1 + 1/n2))}, two-sided
 * p-value {@code 2 Phi(-|z|)} from the standard normal (Fleiss, Levin and Paik 2003, "Statistical Methods for
 * Rates and Proportions", section 2.5; statsmodels' {@code proportions_ztest(count, nobs)} without continuity
 * correction). When both samples are all 0 or all 1, z and the p-value are NaN (0/0).
 */
public final class TwoProportionZTest {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private TwoProportionZTest() {
    }

    /**
     * The test on two binary columns holding 0 and 1; NaN values are excluded.
     *
     * @throws InvalidDataException if a column is null, empty after removing NaN, or holds a value other
     *                                  than 0, 1 or NaN (the message names the column)
     */
    public static ProportionTestResult test(double[] x, double[] y) {
        long[] cx = countOnes(x, "x");
        long[] cy = countOnes(y, "y");
        return fromCounts(cx[0], cx[1], cy[0], cy[1]);
    }

    /**
     * The test from counts: {@code successes1} ones among {@code n1} values, {@code successes2} among
     * {@code n2}.
     *
     * @throws InvalidDataException if a size is not positive or a count is outside [0, size]
     */
    public static ProportionTestResult fromCounts(long successes1, long n1, long successes2, long n2) {
        checkCounts(successes1, n1, "1");
        checkCounts(successes2, n2, "2");
        double p1 = (double) successes1 / n1;
        double p2 = (double) successes2 / n2;
        double pooled = (double) (successes1 + successes2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double z = (p1 - p2) / se;
        double p = Double.isNaN(z) ? Double.NaN : 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
        return new ProportionTestResult(z, Samples.clipProbability(p), p1, p2, n1, n2);
    }

    private static void checkCounts(long successes, long n, String which) {
        if (n <= 0) {
            throw new InvalidDataException("sample " + which + " is empty (n" + which + " = " + n + ")");
        }
        if (successes < 0 || successes > n) {
            throw new InvalidDataException(
                    "successes" + which + " = " + successes + " is outside [0, " + n + "]");
        }
    }

    private static long[] countOnes(double[] values, String name) {
        Samples.requireNonNull(values, "sample " + name);
        long ones = 0;
        long used = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            if (v == 1) {
                ones++;
            } else if (v != 0) {
                throw new InvalidDataException(
                        "sample " + name + " must hold only 0, 1 or NaN; found " + v + " at index " + i);
            }
            used++;
        }
        Samples.requireNonEmpty((int) Math.min(used, Integer.MAX_VALUE), name);
        return new long[] {ones, used};
    }
}
