package dev.greenlight.stats;

import java.math.BigInteger;

/**
 * Two-sample Cramér-von Mises test, as scipy's {@code cramervonmises_2samp(x, y, method)}.
 *
 * <p>With r_i the pooled midranks of the sorted x values and s_j those of y (Anderson 1962, "On the
 * distribution of the two-sample Cramér-von Mises criterion", Ann. Math. Statist. 33(3), eq. 9-10):
 * {@code U = n1 sum_i (r_i - i)^2 + n2 sum_j (s_j - j)^2} and
 * {@code T = U / (n1 n2 N) - (4 n1 n2 - 1) / (6 N)}, {@code N = n1 + n2}. U is accumulated exactly in integers
 * (midranks are multiples of 1/2), so T keeps full precision even for 10M-row samples.
 *
 * <p>p-value:
 * <ul>
 *   <li>{@link Method#EXACT}: the exact null distribution, by the recursion of Xiao, Gordon and Yakovlev
 *       (2006), "A C++ program for the Cramér-von Mises two-sample test", JSS 17(8) (see
 *       {@link CramerVonMisesDistribution}); intended for small samples;</li>
 *   <li>{@link Method#ASYMPTOTIC}: T is standardised with its exact mean and variance (Anderson 1962, eq. 11,
 *       14, 15), {@code T' = 1/6 + (T - E T) / sqrt(45 Var T)}, and referred to the limiting one-sample
 *       distribution (Csörgő and Faraway 1996); p = 1 when T' &lt; 0.003, where that distribution's CDF is
 *       below 1.3e-18;</li>
 *   <li>{@link Method#AUTO}: exact when both samples have at most 20 values.</li>
 * </ul>
 */
public final class CramerVonMises {
    /** {@link Method#AUTO} chooses the exact method when both samples have at most this many values. */
    public static final int MAX_AUTO_EXACT_SIZE = 20;

    private CramerVonMises() {
    }

    /** The test with the automatic method. */
    public static CramerVonMisesResult twoSample(double[] x, double[] y) {
        return twoSample(x, y, Method.AUTO);
    }

    /**
     * The test on raw samples; NaN values are excluded.
     *
     * @throws dev.greenlight.error.InvalidDataException if a sample is null or has fewer than 2 non-NaN values (the message
     *                                  names it), or method is null
     */
    public static CramerVonMisesResult twoSample(double[] x, double[] y, Method method) {
        return test(Samples.sortedNonEmpty(x, "x"), Samples.sortedNonEmpty(y, "y"), method);
    }

    /** The test on samples sorted beforehand. */
    public static CramerVonMisesResult twoSample(SortedSample x, SortedSample y, Method method) {
        Samples.requireNonNull(x, "sample x");
        Samples.requireNonNull(y, "sample y");
        return test(x.requireNonEmpty("x"), y.requireNonEmpty("y"), method);
    }

    private static CramerVonMisesResult test(double[] x, double[] y, Method method) {
        Samples.requireNonNull(method, "method");
        Samples.requireSize(x.length, 2, "x");
        Samples.requireSize(y.length, 2, "y");
        int n1 = x.length;
        int n2 = y.length;
        Method used = method;
        if (method == Method.AUTO) {
            used = Math.max(n1, n2) <= MAX_AUTO_EXACT_SIZE ? Method.EXACT : Method.ASYMPTOTIC;
        }
        // 4 sum (r_i - i)^2 per sample, exactly: 2 r_i and 2 i are integers
        ExactSum squaresX = new ExactSum();
        ExactSum squaresY = new ExactSum();
        TieGroups groups = new TieGroups(x, y);
        while (groups.next()) {
            long twiceRank = 2 * groups.pooledBelow() + groups.inX() + groups.inY() + 1;
            addSquaredGaps(squaresX, twiceRank, groups.xAtOrBelow() - groups.inX(), groups.inX());
            addSquaredGaps(squaresY, twiceRank, groups.yAtOrBelow() - groups.inY(), groups.inY());
        }
        BigInteger k = BigInteger.valueOf((long) n1 * n2);
        BigInteger total = BigInteger.valueOf((long) n1 + n2);
        // 4 U = n1 * squaresX + n2 * squaresY;  T = (6 U - k (4k - 1)) / (6 k N) = (3 * 4U - 2 k (4k - 1)) / (12 k N)
        BigInteger fourU = squaresX.value().multiply(BigInteger.valueOf(n1))
                .add(squaresY.value().multiply(BigInteger.valueOf(n2)));
        BigInteger numerator = fourU.multiply(BigInteger.valueOf(3))
                .subtract(k.shiftLeft(1).multiply(k.shiftLeft(2).subtract(BigInteger.ONE)));
        double t = numerator.doubleValue() / (12.0 * n1 * n2 * ((double) n1 + n2));
        double p;
        if (used == Method.EXACT) {
            p = CramerVonMisesDistribution.exactSf(numerator, n1, n2);
        } else {
            p = asymptoticPValue(t, n1, n2);
        }
        return new CramerVonMisesResult(t, Samples.clipProbability(p), used, n1, n2);
    }

    /** Adds {@code (2r - 2i)^2} for the {@code count} positions i = first+1 .. first+count sharing midrank r. */
    private static void addSquaredGaps(ExactSum sum, long twiceRank, long first, int count) {
        for (long i = first + 1; i <= first + count; i++) {
            long gap = twiceRank - 2 * i;
            sum.add(gap * gap);
        }
    }

    private static double asymptoticPValue(double t, int n1, int n2) {
        double n = (double) n1 + n2;
        double k = (double) n1 * n2;
        double mean = (1 + 1 / n) / 6;
        double variance = (n + 1) * (4 * k * n - 3 * ((double) n1 * n1 + (double) n2 * n2) - 2 * k)
                / (45 * n * n * 4 * k);
        double standardised = 1.0 / 6 + (t - mean) / Math.sqrt(45 * variance);
        if (standardised < 0.003) {
            return 1;
        }
        return Math.max(0, 1 - CramerVonMisesDistribution.limitingCdf(standardised));
    }
}
