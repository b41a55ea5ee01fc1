package dev.greenlight.stats;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Exact null distribution of the two-sample Kolmogorov-Smirnov (Smirnov) statistic for continuous data: the
 * fraction of the {@code C(m+n, n)} equally likely orderings of the pooled sample whose ECDF difference reaches
 * {@code h / lcm(m, n)}. Ties in the data do not change these formulas (as in scipy's {@code method='exact'}).
 *
 * <p>An ordering is a monotone lattice path from (0, 0) to (m, n); at (i, j) the ECDF difference is
 * {@code (i n' - j m') / lcm} with {@code m' = m/g}, {@code n' = n/g}, {@code g = gcd(m, n)} (Hodges 1958,
 * "The significance probability of the Smirnov two-sample test", Arkiv för Matematik 3(43)). Instead of
 * counting paths, which overflows for a few hundred observations, the recursions below carry the probability
 * that a uniformly random path to (i, j) has stayed inside the band: it arrives from (i-1, j) with probability
 * {@code i/(i+j)} and from (i, j-1) with probability {@code j/(i+j)} (Viehmann 2021, "Numerically more stable
 * computation of the p-values for the two-sample Kolmogorov-Smirnov test", arXiv:2102.08037). The
 * probabilities stay in [0, 1] for any m and n.
 */
final class SmirnovTwoSampleDistribution {
    private SmirnovTwoSampleDistribution() {
    }

    /**
     * {@code P(D >= h / lcm)} for the two-sided statistic {@code D = max |F_m - F_n|}.
     *
     * @param h the statistic in units of {@code 1/lcm(m, n)}, {@code h >= 1}
     */
    static double twoSidedSf(int m, int n, long h) {
        if (m == n) {
            return equalSizesTwoSided(n, h);
        }
        return probabilityOutsideBand(m, n, h, true);
    }

    /**
     * {@code P(D+ >= h / lcm)} for the one-sided statistic {@code D+ = max (F_m - F_n)}; by symmetry also the
     * distribution of {@code D-}, and symmetric in m and n.
     */
    static double oneSidedSf(int m, int n, long h) {
        if (m == n) {
            // C(2n, n-h) / C(2n, n) (Gnedenko and Korolyuk 1951)
            double p = 1;
            for (int j = 0; j < h; j++) {
                p *= (double) (n - j) / (n + j + 1);
            }
            return p;
        }
        return probabilityOutsideBand(m, n, h, false);
    }

    /**
     * Whether the number of orderings {@code C(m+n, n)} fits in a double. scipy counts paths in floating point
     * (Hodges' method) for one-sided exact p-values of unequal samples and gives up on the exact method when
     * that count overflows; this package computes them by the stable recursion but gives up at the same point
     * so that {@code method} choices agree with scipy's.
     */
    static boolean pathCountFitsInDouble(int m, int n) {
        double logCount = LogGamma.value(m + n + 1.0) - LogGamma.value(m + 1.0) - LogGamma.value(n + 1.0);
        return logCount < Math.log(Double.MAX_VALUE);
    }

    /**
     * Two-sided tail for equal sizes from the reflection formula
     * {@code P(D_{n,n} >= h/n) = 2 sum_{k>=1} (-1)^(k-1) C(2n, n-kh) / C(2n, n)} (Gnedenko and Korolyuk 1951).
     * The ratios {@code A_k = C(2n, n-kh) / C(2n, n-(k-1)h)} are products of h factors below 1, and the
     * alternating sum is evaluated in nested form {@code 2 A_1 (1 - A_2 (1 - A_3 (...)))}, which avoids the
     * cancellation of summing the terms directly.
     */
    private static double equalSizesTwoSided(int n, long h) {
        long terms = n / h;
        double nested = 0;
        for (long k = terms; k >= 1; k--) {
            double ratio = 1;
            long offset = (k - 1) * h;
            for (long j = 0; j < h; j++) {
                ratio *= (double) (n - offset - j) / (n + offset + j + 1);
            }
            nested = ratio * (1 - nested);
        }
        return Samples.clipProbability(2 * nested);
    }

    /**
     * Probability that a random path from (0,0) to (m,n) leaves the band {@code i n' - j m' < h} (and, when
     * {@code twoSided}, also {@code j m' - i n' < h}) somewhere: the p-value itself, carried through the recursion
     * instead of {@code 1 - P(inside)}, which cancels to a few digits or none below about 1e-13. A cell outside the
     * band has probability 1 (the path has left), one inside the average of its two predecessors weighted as in the
     * class comment, so every intermediate value is a probability and small tails keep full relative precision
     * (scipy's {@code _compute_outer_prob_inside_method} does the same). One row of the band is kept: row i only
     * depends on row i-1, and both ends of the band move right as i grows.
     */
    private static double probabilityOutsideBand(int sizeA, int sizeB, long h, boolean twoSided) {
        // the larger sample indexes the rows, so the row array is the shorter one
        int m = Math.max(sizeA, sizeB);
        int n = Math.min(sizeA, sizeB);
        long g = gcd(m, n);
        long mg = m / g;
        long ng = n / g;
        double[] q = new double[n + 1];
        int high0 = twoSided ? (int) Math.min(n, ceilDiv(h, mg) - 1) : n;
        // cells above the band have left it; they are never written, since the band's high end only moves right
        for (int j = high0 + 1; j <= n; j++) {
            q[j] = 1;
        }
        for (int i = 1; i <= m; i++) {
            long low = Math.max(0, Math.floorDiv(i * ng - h, mg) + 1);
            long high = twoSided ? Math.min(n, ceilDiv(i * ng + h, mg) - 1) : n;
            if (low > high) {
                return 1;
            }
            // the cell left of the band's low end, (i, low - 1), lies outside it
            double left = low == 0 ? 0 : 1;
            for (int j = (int) low; j <= high; j++) {
                left = (i * q[j] + j * left) / (i + j);
                q[j] = left;
            }
            // cells left of the band are never read again: the band's low end only moves right
        }
        return q[n];
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
