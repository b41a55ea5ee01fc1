package dev.greenlight.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Mann-Whitney U (Wilcoxon rank-sum) test, as scipy's {@code mannwhitneyu(x, y, use_continuity, alternative,
 * method)} (Mann and Whitney 1947, "On a test of whether one of two random variables is stochastically larger
 * than the other", Ann. Math. Statist. 18).
 *
 * <p>{@code U1 = R1 - n1 (n1 + 1) / 2} with R1 the sum of the pooled midranks of x; {@code U2 = n1 n2 - U1}.
 * The p-value is the upper tail of {@code U = U1} ({@link Alternative#GREATER}), of {@code U = U2}
 * ({@link Alternative#LESS}), or twice that of {@code U = max(U1, U2)} (two-sided), clipped to 1:
 * <ul>
 *   <li>{@link Method#EXACT}: {@code P(U >= floor(U))} under the exact null distribution without ties (see
 *       {@link MannWhitneyDistribution}); ties are not corrected for, as in scipy;</li>
 *   <li>{@link Method#ASYMPTOTIC}: the normal tail of {@code z = (U - n1 n2 / 2 - c) / s}, with c = 1/2 when
 *       the continuity correction is on, and the tie-corrected
 *       {@code s^2 = n1 n2 / 12 ((n + 1) - sum (t^3 - t) / (n (n - 1)))}, t the sizes of the tie groups;</li>
 *   <li>{@link Method#AUTO}: exact only when a sample has at most 8 values and there are no ties at all.</li>
 * </ul>
 */
public final class MannWhitneyU {
    /** {@link Method#AUTO} chooses the exact method only when a sample has at most this many values. */
    public static final int MAX_AUTO_EXACT_SIZE = 8;
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private MannWhitneyU() {
    }

    /** Two-sided test, automatic method, with continuity correction (scipy's defaults). */
    public static MannWhitneyResult test(double[] x, double[] y) {
        return test(x, y, Alternative.TWO_SIDED, Method.AUTO, true);
    }

    /**
     * The test on raw samples; NaN values are excluded.
     *
     * @param continuity whether the asymptotic method subtracts 1/2 from {@code |U - n1 n2 / 2|}
     * @throws IllegalArgumentException if a sample is null or has no non-NaN value (the message names it), or
     *                                  alternative/method is null
     */
    public static MannWhitneyResult test(double[] x, double[] y, Alternative alternative, Method method,
                                         boolean continuity) {
        return compute(Samples.sortedNonEmpty(x, "x"), Samples.sortedNonEmpty(y, "y"), alternative, method,
                continuity);
    }

    /** The test on samples sorted beforehand. */
    public static MannWhitneyResult test(SortedSample x, SortedSample y, Alternative alternative, Method method,
                                         boolean continuity) {
        Samples.requireNonNull(x, "sample x");
        Samples.requireNonNull(y, "sample y");
        return compute(x.requireNonEmpty("x"), y.requireNonEmpty("y"), alternative, method, continuity);
    }

    private static MannWhitneyResult compute(double[] x, double[] y, Alternative alternative, Method method,
                                          boolean continuity) {
        Samples.requireNonNull(alternative, "alternative");
        Samples.requireNonNull(method, "method");
        int n1 = x.length;
        int n2 = y.length;
        double rankSumX = 0;
        double tieTerm = 0;
        boolean ties = false;
        TieGroups groups = new TieGroups(x, y);
        while (groups.next()) {
            rankSumX += groups.inX() * groups.midrank();
            double t = groups.inX() + groups.inY();
            if (t > 1) {
                ties = true;
                tieTerm += t * t * t - t;
            }
        }
        double product = (double) n1 * n2;
        double u1 = rankSumX - n1 * (n1 + 1.0) / 2;
        double u2 = product - u1;
        double u;
        double factor = 1;
        switch (alternative) {
            case GREATER:
                u = u1;
                break;
            case LESS:
                u = u2;
                break;
            default:
                u = Math.max(u1, u2);
                factor = 2;
        }
        Method used = method;
        if (method == Method.AUTO) {
            boolean small = n1 <= MAX_AUTO_EXACT_SIZE || n2 <= MAX_AUTO_EXACT_SIZE;
            used = small && !ties ? Method.EXACT : Method.ASYMPTOTIC;
        }
        double p;
        if (used == Method.EXACT) {
            p = MannWhitneyDistribution.sf((long) Math.floor(u), n1, n2);
        } else {
            double n = (double) n1 + n2;
            double s = Math.sqrt(product / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
            double z = (u - product / 2 - (continuity ? 0.5 : 0)) / s;
            p = Double.isNaN(z) ? Double.NaN : STANDARD_NORMAL.survivalProbability(z);
        }
        return new MannWhitneyResult(u1, Samples.clipProbability(factor * p), used, n1, n2);
    }
}
