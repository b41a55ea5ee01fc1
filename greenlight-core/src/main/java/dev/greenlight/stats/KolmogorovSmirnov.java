package dev.greenlight.stats;

/**
 * Two-sample Kolmogorov-Smirnov test, as scipy's {@code ks_2samp(x, y, alternative, method)}.
 *
 * <p>Statistic: with F_x, F_y the right-continuous ECDFs evaluated at every observed value,
 * {@code D = max |F_x - F_y|} (two-sided), {@code max (F_x - F_y)} ({@link Alternative#GREATER}) or
 * {@code max (F_y - F_x)} ({@link Alternative#LESS}). The location reported is the first observed value where the
 * maximum is reached, looking at the values of x before those of y, each in ascending order (scipy's rule);
 * in the two-sided case a tie between the two directions goes to {@code F_x > F_y}.
 *
 * <p>p-value:
 * <ul>
 *   <li>{@link Method#EXACT}: the exact null distribution for continuous data (see
 *       {@link SmirnovTwoSampleDistribution}); ties in the data are ignored by the formula, as in scipy.</li>
 *   <li>{@link Method#ASYMPTOTIC}: two-sided {@code P(D_en > D)} of the one-sample Kolmogorov distribution
 *       ({@link KolmogorovDistribution#sf}) with {@code en = round(n1 n2 / (n1 + n2))}, rounding half to even;
 *       one-sided: Hodges' (1958, eq. 5.3) approximation
 *       {@code exp(-2 z^2 - 2 z (m + 2n) / (3 sqrt(m n (m + n))))} with {@code z = D sqrt(m n / (m + n))},
 *       m the larger sample size.</li>
 *   <li>{@link Method#AUTO}: exact when {@code max(n1, n2) <= 10000}, else asymptotic.</li>
 * </ul>
 * Like scipy, an exact request falls back to the asymptotic method when {@code lcm(n1, n2)} does not fit in a
 * 32-bit integer (explicit {@code EXACT} only), or, for one-sided tests of unequal sizes, when the number of
 * orderings {@code C(n1 + n2, n1)} overflows a double; the result reports the method actually used.
 *
 * <p>Cost: two sorts and one merge; the exact two-sided p-value adds O(n1 + n2) for equal sizes and
 * O(n1 n2) at worst otherwise (at most 10^8 steps under {@link Method#AUTO}).
 */
public final class KolmogorovSmirnov {
    /** Largest sample size for which {@link Method#AUTO} picks the exact method (scipy's {@code MAX_AUTO_N}). */
    public static final int MAX_AUTO_EXACT_SIZE = 10_000;

    private KolmogorovSmirnov() {
    }

    /** Two-sided test with the automatic method. */
    public static KsResult twoSample(double[] x, double[] y) {
        return twoSample(x, y, Alternative.TWO_SIDED, Method.AUTO);
    }

    /** Test for the given alternative with the automatic method. */
    public static KsResult twoSample(double[] x, double[] y, Alternative alternative) {
        return twoSample(x, y, alternative, Method.AUTO);
    }

    /**
     * The test on raw samples; NaN values are excluded.
     *
     * @throws dev.greenlight.error.InvalidDataException if a sample is null or has no non-NaN value (the message names it), or
     *                                  alternative/method is null
     */
    public static KsResult twoSample(double[] x, double[] y, Alternative alternative, Method method) {
        double[] sx = Samples.sortedNonEmpty(x, "x");
        double[] sy = Samples.sortedNonEmpty(y, "y");
        return test(sx, sy, alternative, method);
    }

    /**
     * The test on samples sorted beforehand (for running several tests on one column).
     *
     * @throws dev.greenlight.error.InvalidDataException if a sample is null or empty (the message names it), or
     *                                  alternative/method is null
     */
    public static KsResult twoSample(SortedSample x, SortedSample y, Alternative alternative, Method method) {
        Samples.requireNonNull(x, "sample x");
        Samples.requireNonNull(y, "sample y");
        return test(x.requireNonEmpty("x"), y.requireNonEmpty("y"), alternative, method);
    }

    private static KsResult test(double[] x, double[] y, Alternative alternative, Method method) {
        Samples.requireNonNull(alternative, "alternative");
        Samples.requireNonNull(method, "method");
        int n1 = x.length;
        int n2 = y.length;
        EcdfExtremes ext = EcdfExtremes.of(x, y);
        long g = SmirnovTwoSampleDistribution.gcd(n1, n2);
        // the ECDF difference (i n2 - j n1) / (n1 n2) is h / lcm with h = (i n2 - j n1) / g, an exact integer
        long lcm = n1 / g * n2;
        long maxH = ext.maxDiff / g;
        long minH = -ext.minDiff / g;
        long h;
        double location;
        int sign;
        if (alternative == Alternative.LESS || (alternative == Alternative.TWO_SIDED && minH > maxH)) {
            h = minH;
            location = ext.minLocation;
            sign = -1;
        } else {
            h = maxH;
            location = ext.maxLocation;
            sign = 1;
        }
        double d = (double) h / lcm;

        Method used = method;
        if (method == Method.AUTO) {
            used = Math.max(n1, n2) <= MAX_AUTO_EXACT_SIZE ? Method.EXACT : Method.ASYMPTOTIC;
        } else if (method == Method.EXACT && n1 / g >= Integer.MAX_VALUE / (double) (n2 / g)) {
            used = Method.ASYMPTOTIC;
        }
        double p = Double.NaN;
        if (used == Method.EXACT) {
            p = exactPValue(n1, n2, h, alternative);
            if (Double.isNaN(p)) {
                used = Method.ASYMPTOTIC;
            }
        }
        if (used == Method.ASYMPTOTIC) {
            p = asymptoticPValue(n1, n2, d, alternative);
        }
        return new KsResult(d, Samples.clipProbability(p), used, location, sign, n1, n2);
    }

    /** Exact p-value, or NaN where the exact computation is given up (see the class comment). */
    private static double exactPValue(int n1, int n2, long h, Alternative alternative) {
        if (h == 0) {
            return 1;
        }
        if (alternative == Alternative.TWO_SIDED) {
            return SmirnovTwoSampleDistribution.twoSidedSf(n1, n2, h);
        }
        if (n1 != n2 && !SmirnovTwoSampleDistribution.pathCountFitsInDouble(n1, n2)) {
            return Double.NaN;
        }
        return SmirnovTwoSampleDistribution.oneSidedSf(n1, n2, h);
    }

    private static double asymptoticPValue(int n1, int n2, double d, Alternative alternative) {
        double m = Math.max(n1, n2);
        double n = Math.min(n1, n2);
        double en = m * n / (m + n);
        if (alternative == Alternative.TWO_SIDED) {
            double rounded = Math.rint(en);
            return rounded < 1 ? Double.NaN : KolmogorovDistribution.sf(d, (int) rounded);
        }
        double z = Math.sqrt(en) * d;
        return Math.exp(-2 * z * z - 2 * z * (m + 2 * n) / Math.sqrt(m * n * (m + n)) / 3.0);
    }

    /**
     * Largest and smallest {@code i n2 - j n1} (i, j = number of values of x, y at or below v) over observed
     * values v, with scipy's choice of location among ties: scipy takes the first index of the extreme in
     * concat(sorted x, sorted y), i.e. the smallest value of x that reaches it, else the smallest value of y.
     */
    private static final class EcdfExtremes {
        long maxDiff;
        long minDiff;
        double maxLocation;
        double minLocation;

        static EcdfExtremes of(double[] x, double[] y) {
            long n1 = x.length;
            long n2 = y.length;
            Extreme maxX = new Extreme(1);
            Extreme maxY = new Extreme(1);
            Extreme minX = new Extreme(-1);
            Extreme minY = new Extreme(-1);
            TieGroups groups = new TieGroups(x, y);
            while (groups.next()) {
                long diff = groups.xAtOrBelow() * n2 - groups.yAtOrBelow() * n1;
                boolean inX = groups.inX() > 0;
                (inX ? maxX : maxY).offer(diff, groups.value());
                (inX ? minX : minY).offer(diff, groups.value());
            }
            EcdfExtremes e = new EcdfExtremes();
            Extreme max = maxX.best >= maxY.best ? maxX : maxY;
            Extreme min = minX.best <= minY.best ? minX : minY;
            e.maxDiff = max.best;
            e.maxLocation = max.at;
            e.minDiff = min.best;
            e.minLocation = min.at;
            return e;
        }
    }

    /** The first value at which a running maximum (direction 1) or minimum (direction -1) is reached. */
    private static final class Extreme {
        private final int direction;
        long best;
        double at = Double.NaN;

        Extreme(int direction) {
            this.direction = direction;
            this.best = direction > 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }

        void offer(long value, double location) {
            if (direction > 0 ? value > best : value < best) {
                best = value;
                at = location;
            }
        }
    }
}
