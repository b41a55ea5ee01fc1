package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import java.util.Arrays;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Distribution of the one-sample two-sided Kolmogorov-Smirnov statistic
 * {@code D_n = sup_x |F_n(x) - F(x)|} for a sample of size n from a continuous F (scipy's {@code kstwo}), and
 * the exact one-sided Smirnov tail {@code P(D_n+ >= d)} (scipy's {@code smirnov}).
 *
 * <p>Follows the algorithm of Simard and L'Ecuyer (2011), "Computing the two-sided Kolmogorov-Smirnov
 * distribution", Journal of Statistical Software 39(11), which picks, by region of (n, n d^2):
 * <ul>
 *   <li>the exact Ruben-Gambino formulas near the ends of the support (n d &le; 1 and n d &ge; n - 1);</li>
 *   <li>the Durbin (1968) matrix in the Marsaglia-Tsang-Wang (2003) formulation,
 *       "Evaluating Kolmogorov's distribution", JSS 8(18);</li>
 *   <li>Pomeranz's (1974) recursion, "Exact cumulative distribution of the Kolmogorov-Smirnov statistic for
 *       small samples", CACM 17(12), as reformulated by Simard and L'Ecuyer (section 2.2);</li>
 *   <li>the Pelz-Good (1976) asymptotic series, JRSS B 38(2), for large n and small d;</li>
 *   <li>the complementary probability {@code 2 P(D_n+ >= d)} (Miller 1956) with the exact one-sided
 *       Birnbaum-Tingey (1951) sum in the upper tail, where it is exact for d &ge; 1/2 and accurate beyond
 *       double precision elsewhere in that region.</li>
 * </ul>
 * The region boundaries are those of the paper (and of scipy's {@code kstwo}).
 */
public final class KolmogorovDistribution {
    private static final double PI2 = Math.PI * Math.PI;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    /** Rescaling step for the matrix and recursion methods: a power of two, so rescaling is exact. */
    private static final int SCALE_EXPONENT = 500;
    private static final double SCALE_UP_LIMIT = Math.scalb(1.0, SCALE_EXPONENT);
    private static final double SCALE_DOWN_LIMIT = Math.scalb(1.0, -SCALE_EXPONENT);

    private KolmogorovDistribution() {
    }

    /**
     * {@code P(D_n <= d)}.
     *
     * @throws InvalidDataException if {@code n < 1} or d is NaN
     */
    public static double cdf(double d, int n) {
        return evaluate(d, n, true);
    }

    /**
     * {@code P(D_n > d)}, the p-value of an observed statistic d; accurate in the far tail, where
     * {@code 1 - cdf} would round to 0.
     *
     * @throws InvalidDataException if {@code n < 1} or d is NaN
     */
    public static double sf(double d, int n) {
        return evaluate(d, n, false);
    }

    /**
     * The one-sided Smirnov tail {@code P(D_n+ >= d)}, {@code D_n+ = sup_x (F_n(x) - F(x))}, by the exact sum of
     * Birnbaum and Tingey (1951), "One-sided confidence contours for probability distribution functions":
     * {@code d * sum_{j=0}^{floor(n(1-d))} C(n,j) (1-d-j/n)^(n-j) (d+j/n)^(j-1)}.
     *
     * @throws InvalidDataException if {@code n < 1} or d is NaN
     */
    public static double smirnovSf(double d, int n) {
        checkArguments(d, n);
        if (d <= 0) {
            return 1;
        }
        if (d >= 1) {
            return 0;
        }
        return Samples.clipProbability(birnbaumTingey(n, d));
    }

    private static void checkArguments(double d, int n) {
        if (n < 1) {
            throw new InvalidDataException("sample size must be at least 1, got " + n);
        }
        if (Double.isNaN(d)) {
            throw new InvalidDataException("statistic is NaN");
        }
    }

    private static double evaluate(double d, int n, boolean wantCdf) {
        checkArguments(d, n);
        if (d >= 1) {
            return wantCdf ? 1 : 0;
        }
        if (d <= 0) {
            return wantCdf ? 0 : 1;
        }
        double t = n * d;
        if (t <= 1) {
            // Ruben and Gambino (1982): P(D_n <= d) = n! (2d - 1/n)^n for 1/(2n) <= d <= 1/n, 0 below
            double cdf = t <= 0.5 ? 0 : rubenGambinoLower(n, t);
            return select(cdf, 1 - cdf, wantCdf);
        }
        if (t >= n - 1) {
            double sf = 2 * Math.pow(1 - d, n);
            return select(1 - sf, sf, wantCdf);
        }
        if (d >= 0.5) {
            // D_n+ >= d and D_n- >= d cannot both hold, so the two-sided tail is twice the one-sided one
            double sf = 2 * birnbaumTingey(n, d);
            return select(1 - sf, sf, wantCdf);
        }
        double nd2 = t * d;
        if (n <= 140) {
            if (nd2 <= 0.754693) {
                double cdf = durbinCdf(n, d);
                return select(cdf, 1 - cdf, wantCdf);
            }
            if (nd2 <= 4) {
                double cdf = pomeranzCdf(n, d);
                return select(cdf, 1 - cdf, wantCdf);
            }
            double sf = 2 * birnbaumTingey(n, d);
            return select(1 - sf, sf, wantCdf);
        }
        if (!wantCdf) {
            if (nd2 >= 370) {
                return 0;
            }
            if (nd2 >= 2.2) {
                return Samples.clipProbability(2 * birnbaumTingey(n, d));
            }
        }
        double cdf;
        if (nd2 >= 18) {
            cdf = 1;
        } else if (n <= 100_000 && n * Math.pow(d, 1.5) <= 1.4) {
            cdf = durbinCdf(n, d);
        } else {
            cdf = pelzGoodCdf(n, d);
        }
        return select(cdf, 1 - cdf, wantCdf);
    }

    private static double select(double cdf, double sf, boolean wantCdf) {
        return Samples.clipProbability(wantCdf ? cdf : sf);
    }

    private static double rubenGambinoLower(int n, double t) {
        if (n <= 140) {
            double p = 1;
            for (int i = 1; i <= n; i++) {
                p *= i * (2 * t - 1) / n;
            }
            return p;
        }
        return Math.exp(LogGamma.value(n + 1.0) - n * Math.log(n) + n * Math.log(2 * t - 1));
    }

    /**
     * Durbin's matrix formula as given by Marsaglia, Tsang and Wang (2003): with {@code k = floor(n d) + 1},
     * {@code m = 2k - 1} and {@code h = k - n d}, {@code P(D_n < d) = n!/n^n * (H^n)[k-1][k-1]} for the m x m
     * matrix H of their paper. Powers of two keep the matrix power in range.
     */
    static double durbinCdf(int n, double d) {
        double t = n * d;
        int k = (int) Math.floor(t) + 1;
        int m = 2 * k - 1;
        double h = k - t;
        double[] hm = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                hm[i * m + j] = i - j + 1 >= 0 ? 1 : 0;
            }
        }
        for (int i = 0; i < m; i++) {
            hm[i * m] -= Math.pow(h, i + 1.0);
            hm[(m - 1) * m + i] -= Math.pow(h, (double) m - i);
        }
        if (2 * h - 1 > 0) {
            hm[(m - 1) * m] += Math.pow(2 * h - 1, m);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                int order = i - j + 1;
                for (int g = 2; g <= order; g++) {
                    hm[i * m + j] /= g;
                }
            }
        }
        ScaledMatrix power = ScaledMatrix.power(new ScaledMatrix(hm, m, 0), n);
        double s = power.entry(k - 1, k - 1);
        int exponent = power.exponent;
        for (int i = 1; i <= n; i++) {
            s = s * i / n;
            if (s < SCALE_DOWN_LIMIT) {
                s *= SCALE_UP_LIMIT;
                exponent -= SCALE_EXPONENT;
            }
        }
        return Math.scalb(s, exponent);
    }

    /** A square matrix times 2^exponent, so that powers of large order neither overflow nor underflow. */
    private static final class ScaledMatrix {
        final double[] a;
        final int m;
        final int exponent;

        ScaledMatrix(double[] a, int m, int exponent) {
            this.a = a;
            this.m = m;
            this.exponent = exponent;
        }

        double entry(int i, int j) {
            return a[i * m + j];
        }

        static ScaledMatrix power(ScaledMatrix base, int n) {
            if (n == 1) {
                return base;
            }
            ScaledMatrix half = power(base, n / 2);
            ScaledMatrix square = half.times(half);
            return n % 2 == 0 ? square : square.times(base);
        }

        ScaledMatrix times(ScaledMatrix other) {
            double[] c = new double[m * m];
            double max = 0;
            for (int i = 0; i < m; i++) {
                for (int l = 0; l < m; l++) {
                    double ail = a[i * m + l];
                    if (ail == 0) {
                        continue;
                    }
                    for (int j = 0; j < m; j++) {
                        c[i * m + j] += ail * other.a[l * m + j];
                    }
                }
            }
            for (double v : c) {
                max = Math.max(max, Math.abs(v));
            }
            int e = exponent + other.exponent;
            if (max > SCALE_UP_LIMIT) {
                for (int i = 0; i < c.length; i++) {
                    c[i] *= SCALE_DOWN_LIMIT;
                }
                e += SCALE_EXPONENT;
            }
            return new ScaledMatrix(c, m, e);
        }
    }

    /**
     * Pomeranz's recursion in the form of Simard and L'Ecuyer (2011, section 2.2). With {@code t = n d}, the
     * points {@code A_1 = 0, A_2 = min(t - floor(t), ceil(t) - t), A_3 = 1 - A_2, A_i = A_{i-2} + 1} and
     * {@code A_{2n+2} = n}, and {@code V_1 = (1, 0, ..., 0)}:
     * {@code V_i(j) = sum_k V_{i-1}(k) ((A_i - A_{i-1})/n)^(j-k) / (j-k)!} over
     * {@code floor(A_i - t) + 1 < j < ceil(A_i + t) + 1} and the matching k range of row i-1; then
     * {@code P(D_n < d) = n! V_{2n+2}(n+1)}. The floors and ceilings are taken from the integer and fractional
     * parts of t exactly instead of from rounded A_i.
     */
    static double pomeranzCdf(int n, double d) {
        PomeranzGrid grid = new PomeranzGrid(n, n * d);
        double[][] steps = {
            grid.powerSeries(grid.a2()),          // A_2 - A_1 and A_{2n+2} - A_{2n+1}
            grid.powerSeries(1 - 2 * grid.a2()),  // odd i >= 3
            grid.powerSeries(2 * grid.a2()),      // even 4 <= i <= 2n
        };
        double[] previous = new double[n + 2];
        double[] current = new double[n + 2];
        previous[1] = 1;
        int exponent = 0;
        for (int i = 2; i <= 2 * n + 2; i++) {
            double[] step = steps[i == 2 || i == 2 * n + 2 ? 0 : (i % 2 == 1 ? 1 : 2)];
            int jLow = Math.max(1, grid.floorAMinusT(i) + 2);
            int jHigh = Math.min(n + 1, grid.ceilAPlusT(i));
            int kLow = Math.max(1, grid.floorAMinusT(i - 1) + 2);
            int kHigh = Math.min(n + 1, grid.ceilAPlusT(i - 1));
            Arrays.fill(current, 0);
            double max = 0;
            for (int j = jLow; j <= jHigh; j++) {
                double sum = 0;
                for (int k = Math.min(j, kHigh); k >= kLow; k--) {
                    sum += previous[k] * step[j - k];
                }
                current[j] = sum;
                max = Math.max(max, sum);
            }
            if (max > 0 && max < SCALE_DOWN_LIMIT) {
                for (int j = jLow; j <= jHigh; j++) {
                    current[j] *= SCALE_UP_LIMIT;
                }
                exponent -= SCALE_EXPONENT;
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        double v = previous[n + 1];
        for (int i = 2; i <= n; i++) {
            v *= i;
            if (v > SCALE_UP_LIMIT) {
                v *= SCALE_DOWN_LIMIT;
                exponent += SCALE_EXPONENT;
            }
        }
        return Math.scalb(v, exponent);
    }

    /** The points A_i of Pomeranz's recursion, with exact floor(A_i - t) and ceil(A_i + t). */
    private static final class PomeranzGrid {
        private final int n;
        private final long whole;      // floor(t)
        private final double frac;     // t - floor(t)
        private final boolean nearFloor; // A_2 = frac (frac <= 1/2) rather than 1 - frac

        PomeranzGrid(int n, double t) {
            this.n = n;
            this.whole = (long) Math.floor(t);
            this.frac = t - whole;
            this.nearFloor = frac <= 0.5;
        }

        double a2() {
            return nearFloor ? frac : 1 - frac;
        }

        /** {@code w^r / (n^r r!)} for r = 0..n+1. */
        double[] powerSeries(double w) {
            double[] out = new double[n + 2];
            out[0] = 1;
            for (int r = 1; r < out.length; r++) {
                out[r] = out[r - 1] * w / n / r;
            }
            return out;
        }

        private long ceilT() {
            return frac > 0 ? whole + 1 : whole;
        }

        int floorAMinusT(int i) {
            if (i == 1) {
                return (int) -ceilT();
            }
            if (i == 2 * n + 2) {
                return (int) (n - ceilT());
            }
            int m = i / 2;
            boolean even = i % 2 == 0;
            if (nearFloor) {
                // A_{2m} = frac + m - 1, A_{2m+1} = m - frac
                return (int) (even ? m - 1 - whole : m - whole - (frac > 0 ? 1 : 0));
            }
            // A_{2m} = m - frac, A_{2m+1} = frac + m - 1, with 1 < 2 frac < 2
            return (int) (even ? m - whole - 2 : m - 1 - whole);
        }

        int ceilAPlusT(int i) {
            if (i == 1) {
                return (int) ceilT();
            }
            if (i == 2 * n + 2) {
                return (int) (n + ceilT());
            }
            int m = i / 2;
            boolean even = i % 2 == 0;
            if (nearFloor) {
                return (int) (even ? m - 1 + whole + (frac > 0 ? 1 : 0) : m + whole);
            }
            return (int) (even ? m + whole : m + 1 + whole);
        }
    }

    /**
     * Pelz and Good's (1976) correction of the Li-Chien/Korolyuk expansion, in the theta-function form for small
     * {@code z = d sqrt(n)} given by Simard and L'Ecuyer (2011, eq. 10-13):
     * {@code P(D_n <= d) ~ K0(z) + K1(z)/sqrt(n) + K2(z)/n + K3(z)/n^(3/2)}.
     */
    static double pelzGoodCdf(int n, double d) {
        double z = Math.sqrt(n) * d;
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double z8 = z4 * z4;
        if (-PI2 / (8 * z2) < -745) {
            return 0;
        }
        // sums over odd j = 2k - 1 of c(j) exp(-j^2 pi^2 / (8 z^2))
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int k = 1; ; k++) {
            double j2 = (2.0 * k - 1) * (2.0 * k - 1);
            double e = Math.exp(-j2 * PI2 / (8 * z2));
            double u = PI2 * j2 / 4;             // pi^2 (k - 1/2)^2
            s0 += e;
            s1 += (u - z2) * e;
            s2 += (6 * z6 + 2 * z4 + u * (2 * z4 - 5 * z2) + u * u * (1 - 2 * z2)) * e;
            s3 += (u * u * u * (5 - 30 * z2) + u * u * (212 * z4 - 60 * z2) + u * (135 * z4 - 96 * z6)
                    - 30 * z6 - 90 * z8) * e;
            if (e < 1e-20 * s0 || e == 0) {
                break;
            }
        }
        // sums over all k >= 1 of c(k) exp(-k^2 pi^2 / (2 z^2))
        double r2 = 0;
        double r3 = 0;
        for (int k = 1; ; k++) {
            double k2 = (double) k * k;
            double e = Math.exp(-k2 * PI2 / (2 * z2));
            r2 += k2 * e;
            r3 += (3 * z2 - PI2 * k2) * k2 * e;
            if (e == 0 || e < 1e-20 * Math.exp(-PI2 / (2 * z2))) {
                break;
            }
        }
        double k0 = SQRT_2PI / z * s0;
        double k1 = SQRT_2PI / (6 * z4) * s1;
        double k2 = SQRT_2PI / (72 * z6 * z) * s2 - PI2 * SQRT_2PI / (36 * z2 * z) * r2;
        double k3 = SQRT_2PI / (6480 * z8 * z2) * s3 + PI2 * SQRT_2PI / (216 * z6) * r3;
        double rootN = Math.sqrt(n);
        return k0 + k1 / rootN + k2 / n + k3 / (n * rootN);
    }

    /**
     * The Birnbaum-Tingey sum. Each term is {@code d/p * Binomial(n, p).pmf(j)} with {@code p = d + j/n}, so
     * the binomial probabilities (Loader's saddle-point evaluation in Commons Statistics) give every term to
     * full relative precision however large n is. All terms are positive; as a function of j they rise to a
     * single peak and fall, so for large n only the terms around the peak are summed.
     */
    private static double birnbaumTingey(int n, double d) {
        int last = (int) Math.floor(n * (1 - d));
        if (last < 0) {
            return 0;
        }
        if (last <= 50_000) {
            double sum = 0;
            for (int j = 0; j <= last; j++) {
                sum += smirnovTerm(n, d, j);
            }
            return sum;
        }
        int peak = peakOfLogTerm(n, d, last);
        double sum = smirnovTerm(n, d, peak);
        for (int j = peak + 1; j <= last; j++) {
            double term = smirnovTerm(n, d, j);
            sum += term;
            if (term <= 1e-18 * sum) {
                break;
            }
        }
        for (int j = peak - 1; j >= 0; j--) {
            double term = smirnovTerm(n, d, j);
            sum += term;
            if (term <= 1e-18 * sum) {
                break;
            }
        }
        return sum;
    }

    private static double smirnovTerm(int n, double d, int j) {
        double p = Math.min(1, d + (double) j / n);
        return d / p * BinomialDistribution.of(n, p).probability(j);
    }

    private static double logSmirnovTerm(int n, double d, int j) {
        double p = Math.min(1, d + (double) j / n);
        return Math.log(d / p) + BinomialDistribution.of(n, p).logProbability(j);
    }

    /** The j maximising the (log-concave) Birnbaum-Tingey term, by ternary search. */
    private static int peakOfLogTerm(int n, double d, int last) {
        int lo = 0;
        int hi = last;
        while (hi - lo > 2) {
            int m1 = lo + (hi - lo) / 3;
            int m2 = hi - (hi - lo) / 3;
            if (logSmirnovTerm(n, d, m1) < logSmirnovTerm(n, d, m2)) {
                lo = m1 + 1;
            } else {
                hi = m2 - 1;
            }
        }
        int best = lo;
        for (int j = lo + 1; j <= hi; j++) {
            if (logSmirnovTerm(n, d, j) > logSmirnovTerm(n, d, best)) {
                best = j;
            }
        }
        return best;
    }
}
