package dev.greenlight.stats;

/**
 * Exact null distribution of the Mann-Whitney U statistic for samples of sizes m and n without ties. The
 * number of orderings with {@code U = k} is the coefficient of q^k in the Gaussian binomial
 * {@code prod_{i=1}^{s} (1 - q^(L+i)) / (1 - q^i)}, s = min(m, n), L = max(m, n) (Mann and Whitney 1947;
 * evaluated as in Harding 1984, "An efficient, minimal-storage procedure for calculating the Mann-Whitney U,
 * generalized U and similar distributions", Applied Statistics 33(1)). Each factor is applied to a polynomial
 * truncated at the degree needed, and scaled by {@code i / (L + i)}, so the coefficients stay probabilities
 * (the counts themselves overflow a double beyond a few hundred values).
 *
 * <p>Cost: O(s k) time and O(k) memory for {@code P(U <= k)}, with {@code k <= m n / 2} after symmetry.
 */
final class MannWhitneyDistribution {
    private MannWhitneyDistribution() {
    }

    /** {@code P(U >= k)}. */
    static double sf(long k, int m, int n) {
        // U and m n - U have the same distribution
        return cdf((long) m * n - k, m, n);
    }

    /** {@code P(U <= k)}. */
    static double cdf(long k, int m, int n) {
        long product = (long) m * n;
        if (k < 0) {
            return 0;
        }
        if (k >= product) {
            return 1;
        }
        if (k > product / 2) {
            return 1 - cdf(product - k - 1, m, n);
        }
        if (k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("exact Mann-Whitney distribution too large for samples of sizes "
                    + m + " and " + n + "; use the asymptotic method");
        }
        int degree = (int) k;
        int small = Math.min(m, n);
        int large = Math.max(m, n);
        double[] c = new double[degree + 1];
        c[0] = 1;
        for (int i = 1; i <= small; i++) {
            int shift = large + i;
            for (int d = degree; d >= shift; d--) {
                c[d] -= c[d - shift];
            }
            for (int d = i; d <= degree; d++) {
                c[d] += c[d - i];
            }
            double scale = (double) i / shift;
            for (int d = 0; d <= degree; d++) {
                c[d] *= scale;
            }
        }
        double sum = 0;
        for (double v : c) {
            sum += v;
        }
        return Math.min(1, sum);
    }
}
