package dev.greenlight.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Two-sample t-tests for a difference in means, as scipy's {@code ttest_ind(a, b, equal_var, alternative)}.
 *
 * <p>With sample means m, unbiased variances s^2 (ddof 1) and {@code v = s^2 / n}:
 * <ul>
 *   <li>Welch (1947), "The generalization of Student's problem when several different population variances
 *       are involved", Biometrika 34: {@code t = (m_a - m_b) / sqrt(v_a + v_b)} with the Welch-Satterthwaite
 *       {@code df = (v_a + v_b)^2 / (v_a^2 / (n_a - 1) + v_b^2 / (n_b - 1))}; where that is 0/0 (both samples
 *       constant) df is taken as 1, as scipy does;</li>
 *   <li>Student: pooled {@code s_p^2 = ((n_a-1) s_a^2 + (n_b-1) s_b^2) / (n_a + n_b - 2)},
 *       {@code t = (m_a - m_b) / sqrt(s_p^2 (1/n_a + 1/n_b))}, {@code df = n_a + n_b - 2}.</li>
 * </ul>
 * p-values come from Student's t distribution: two-sided {@code 2 P(T > |t|)}, {@link Alternative#LESS}
 * {@code P(T < t)}, {@link Alternative#GREATER} {@code P(T > t)}. Means and variances are computed around the
 * first value with compensated sums, so a constant sample has variance exactly 0 and 10M-row samples keep full
 * precision.
 */
public final class TTest {
    private TTest() {
    }

    /** Welch's two-sided test. */
    public static TTestResult welch(double[] a, double[] b) {
        return welch(a, b, Alternative.TWO_SIDED);
    }

    /**
     * Welch's test (unequal variances); NaN values are excluded.
     *
     * @throws dev.greenlight.error.InvalidDataException if a sample is null or has no non-NaN value (the message names it), or
     *                                  alternative is null
     */
    public static TTestResult welch(double[] a, double[] b, Alternative alternative) {
        Moments ma = Moments.of(a, "a");
        Moments mb = Moments.of(b, "b");
        double va = ma.variance / ma.n;
        double vb = mb.variance / mb.n;
        double df = (va + vb) * (va + vb) / (va * va / (ma.n - 1) + vb * vb / (mb.n - 1));
        if (Double.isNaN(df)) {
            df = 1;
        }
        double t = (ma.mean - mb.mean) / Math.sqrt(va + vb);
        return finish(t, df, alternative, false, ma, mb);
    }

    /** Student's two-sided test. */
    public static TTestResult student(double[] a, double[] b) {
        return student(a, b, Alternative.TWO_SIDED);
    }

    /**
     * Student's test (pooled variance); NaN values are excluded.
     *
     * @throws dev.greenlight.error.InvalidDataException if a sample is null or has no non-NaN value (the message names it), or
     *                                  alternative is null
     */
    public static TTestResult student(double[] a, double[] b, Alternative alternative) {
        Moments ma = Moments.of(a, "a");
        Moments mb = Moments.of(b, "b");
        double df = ma.n + mb.n - 2.0;
        double pooled = ((ma.n - 1) * ma.variance + (mb.n - 1) * mb.variance) / df;
        double t = (ma.mean - mb.mean) / Math.sqrt(pooled * (1.0 / ma.n + 1.0 / mb.n));
        return finish(t, df, alternative, true, ma, mb);
    }

    private static TTestResult finish(double t, double df, Alternative alternative, boolean equalVariances,
                                      Moments a, Moments b) {
        Samples.requireNonNull(alternative, "alternative");
        double p;
        if (Double.isNaN(t) || !(df > 0)) {
            p = Double.NaN;
        } else {
            TDistribution dist = TDistribution.of(df);
            switch (alternative) {
                case LESS:
                    p = dist.cumulativeProbability(t);
                    break;
                case GREATER:
                    p = dist.survivalProbability(t);
                    break;
                default:
                    p = 2 * dist.survivalProbability(Math.abs(t));
            }
        }
        return new TTestResult(t, Samples.clipProbability(p), df, equalVariances, a.n, b.n);
    }

    /**
     * Mean and unbiased variance of the non-NaN values of a sample, computed around its first such value; the
     * caller's array is read in place (no copy of a 10M-row column).
     */
    private static final class Moments {
        final int n;
        final double mean;
        final double variance;

        private Moments(int n, double mean, double variance) {
            this.n = n;
            this.mean = mean;
            this.variance = variance;
        }

        static Moments of(double[] x, String name) {
            Samples.requireNonNull(x, "sample " + name);
            int n = 0;
            double shift = Double.NaN;
            CompensatedSum offsets = new CompensatedSum();
            for (double v : x) {
                if (Double.isNaN(v)) {
                    continue;
                }
                if (n++ == 0) {
                    shift = v;
                }
                offsets.add(v - shift);
            }
            Samples.requireNonEmpty(n, name);
            double meanOffset = offsets.value() / n;
            // corrected two-pass algorithm (Chan, Golub and LeVeque 1983): the second term removes the error of
            // the mean from the sum of squares
            CompensatedSum squares = new CompensatedSum();
            CompensatedSum deviations = new CompensatedSum();
            for (double v : x) {
                if (!Double.isNaN(v)) {
                    double d = (v - shift) - meanOffset;
                    squares.add(d * d);
                    deviations.add(d);
                }
            }
            double dev = deviations.value();
            double variance = (squares.value() - dev * dev / n) / (n - 1);
            return new Moments(n, shift + meanOffset, variance);
        }
    }
}
