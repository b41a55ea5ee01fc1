package dev.greenlight.stats;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.commons.numbers.gamma.GammaRatio;

/** Null distributions of the Cramér-von Mises statistic: exact two-sample, and the limiting one. */
final class CramerVonMisesDistribution {
    private static final double PI_POW_1_5 = Math.pow(Math.PI, 1.5);

    private CramerVonMisesDistribution() {
    }

    /**
     * CDF of the limiting distribution of the Cramér-von Mises statistic (Anderson and Darling 1952; series
     * (1.2)-(1.3) of Csörgő and Faraway 1996, "The exact and asymptotic distributions of Cramér-von Mises
     * statistics", JRSS B 58(1)):
     * {@code V(x) = 1/(pi sqrt x) sum_k Gamma(k + 1/2) / (Gamma(1/2) k!) sqrt(4k + 1) exp(-y_k) K_{1/4}(y_k)},
     * {@code y_k = (4k + 1)^2 / (16 x)}. Terms are added until one falls below 1e-7 in magnitude, the stopping
     * rule of scipy's implementation, so that p-values agree with it to the last digits.
     */
    static double limitingCdf(double x) {
        double sum = 0;
        for (int k = 0; ; k++) {
            double y = 4.0 * k + 1;
            double q = y * y / (16 * x);
            double term = GammaRatio.value(k + 0.5, k + 1.0) / (PI_POW_1_5 * Math.sqrt(x)) * Math.sqrt(y)
                    * BesselK.scaledByExpMinus(0.25, q);
            sum += term;
            if (Math.abs(term) < 1e-7) {
                return sum;
            }
        }
    }

    /**
     * {@code P(T >= t)} under the exact null distribution for sizes m and n, with the observed statistic given
     * as {@code numerator = 12 m n N t} (an integer). Follows Xiao, Gordon and Yakovlev (2006), Algorithm 1:
     * with {@code L = lcm(m, n)}, {@code a = L/m}, {@code b = L/n}, every ordering of the pooled sample is a
     * lattice path from (0, 0) to (n, m) whose statistic is determined by {@code zeta = sum over the visited
     * points (u, v) of (a v - b u)^2}; the frequency table of zeta is built point by point. The observed
     * statistic maps to {@code zeta >= floor(L^2 N (6U - mn(4mn - 1)) / (6 m^2 n^2))} (their eq. 2 with
     * Anderson's eq. 9). Cost grows quickly with the sizes: meant for samples of a few dozen values.
     */
    static double exactSf(BigInteger numerator, int m, int n) {
        long lcm = (long) m / SmirnovTwoSampleDistribution.gcd(m, n) * n;
        long a = lcm / m;
        long b = lcm / n;
        // 6U - mn(4mn - 1) = numerator / 2
        BigInteger top = numerator.multiply(BigInteger.valueOf(lcm).pow(2)).multiply(BigInteger.valueOf((long) m + n));
        BigInteger bottom = BigInteger.valueOf(12).multiply(BigInteger.valueOf((long) m * n).pow(2));
        BigInteger[] qr = top.divideAndRemainder(bottom);
        BigInteger zeta = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];

        Frequencies[] column = new Frequencies[m + 1];
        Arrays.fill(column, Frequencies.EMPTY);
        column[0] = Frequencies.single(0);
        for (long u = 0; u <= n; u++) {
            Frequencies below = Frequencies.EMPTY;
            for (int v = 0; v <= m; v++) {
                long gap = a * v - b * u;
                below = Frequencies.merge(below, column[v]).shifted(gap * gap);
                column[v] = below;
            }
        }
        Frequencies all = column[m];
        double atLeast = 0;
        double total = 0;
        for (int i = 0; i < all.size; i++) {
            total += all.counts[i];
            if (BigInteger.valueOf(all.values[i]).compareTo(zeta) >= 0) {
                atLeast += all.counts[i];
            }
        }
        return atLeast / total;
    }

    /** A frequency table: sorted distinct values with their counts (doubles: exact up to 2^53 paths). */
    private static final class Frequencies {
        static final Frequencies EMPTY = new Frequencies(new long[0], new double[0], 0);
        final long[] values;
        final double[] counts;
        final int size;

        private Frequencies(long[] values, double[] counts, int size) {
            this.values = values;
            this.counts = counts;
            this.size = size;
        }

        static Frequencies single(long value) {
            return new Frequencies(new long[] {value}, new double[] {1}, 1);
        }

        Frequencies shifted(long by) {
            long[] v = new long[size];
            for (int i = 0; i < size; i++) {
                v[i] = values[i] + by;
            }
            return new Frequencies(v, counts, size);
        }

        static Frequencies merge(Frequencies p, Frequencies q) {
            if (p.size == 0) {
                return q;
            }
            if (q.size == 0) {
                return p;
            }
            long[] v = new long[p.size + q.size];
            double[] c = new double[p.size + q.size];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < p.size || j < q.size) {
                if (j >= q.size || (i < p.size && p.values[i] < q.values[j])) {
                    v[k] = p.values[i];
                    c[k++] = p.counts[i++];
                } else if (i >= p.size || q.values[j] < p.values[i]) {
                    v[k] = q.values[j];
                    c[k++] = q.counts[j++];
                } else {
                    v[k] = p.values[i];
                    c[k++] = p.counts[i++] + q.counts[j++];
                }
            }
            return new Frequencies(v, c, k);
        }
    }
}
