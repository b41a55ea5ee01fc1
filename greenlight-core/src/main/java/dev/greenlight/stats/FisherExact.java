package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test of a 2 x 2 table, two-sided, as scipy's {@code stats.fisher_exact(table)}: with the margins
 * fixed, the top-left count X is hypergeometric, and the p-value is the total probability of the tables no more
 * probable than the observed one, {@code sum P(X = x) over P(X = x) <= P(X = observed) (1 + 1e-14)} (the relative
 * tolerance scipy uses so that tables of equal probability count whatever the rounding). The tail on the observed
 * side and the one beyond the matching point on the other side are each taken whole from the distribution, so
 * small p-values keep their digits. The statistic is the sample odds ratio {@code (a d) / (b c)} (infinite when b
 * or c is 0).
 */
public final class FisherExact {
    private static final double TIE = 1 + 1e-14;

    private FisherExact() {
    }

    /**
     * The test of {@code {{a, b}, {c, d}}}. A row or column that sums to 0 gives odds ratio NaN and p-value 1, as in
     * scipy.
     *
     * @throws InvalidDataException if the table is not 2 x 2 or has a negative count
     */
    public static FisherExactResult test(long[][] table) {
        if (table == null || table.length != 2 || table[0].length != 2 || table[1].length != 2) {
            throw new InvalidDataException("Fisher's exact test needs a 2 x 2 table");
        }
        long a = table[0][0];
        long b = table[0][1];
        long c = table[1][0];
        long d = table[1][1];
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new InvalidDataException("counts must be 0 or more, got [[" + a + ", " + b + "], [" + c + ", "
                    + d + "]]");
        }
        if (a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0) {
            return new FisherExactResult(Double.NaN, 1);
        }
        double odds = b > 0 && c > 0 ? (double) a * d / ((double) b * c) : Double.POSITIVE_INFINITY;
        long row0 = a + b;
        long total = a + b + c + d;
        long col0 = a + c;
        if (total > Integer.MAX_VALUE) {
            throw new InvalidDataException("Fisher's exact test supports at most " + Integer.MAX_VALUE
                    + " observations, got " + total);
        }
        HypergeometricDistribution h = HypergeometricDistribution.of((int) total, (int) row0, (int) col0);
        int lo = h.getSupportLowerBound();
        int hi = h.getSupportUpperBound();
        int x = (int) a;
        int mode = (int) ((col0 + 1) * (row0 + 1) / (total + 2));
        double observed = h.probability(x);
        double atMode = h.probability(mode);
        if (Math.abs(observed - atMode) / Math.max(observed, atMode) <= 1e-14) {
            return new FisherExactResult(odds, 1);
        }
        double bar = observed * TIE;
        double p;
        if (x < mode) {
            // P(X <= x), plus P(X >= y) for the first y above the mode no more probable than the observed table
            int y = firstAtMost(h, bar, mode, hi, true);
            p = h.cumulativeProbability(x) + (y > hi ? 0 : h.survivalProbability(y - 1));
        } else {
            int y = firstAtMost(h, bar, lo, mode, false);
            p = h.survivalProbability(x - 1) + (y < lo ? 0 : h.cumulativeProbability(y));
        }
        return new FisherExactResult(odds, Math.min(1, p));
    }

    /**
     * Above the mode ({@code upward}): the smallest y in [from, to] with {@code P(X = y) <= bar}, or to + 1 if none
     * (the probabilities fall as y rises). Below it: the largest such y, or from - 1 if none.
     */
    private static int firstAtMost(HypergeometricDistribution h, double bar, int from, int to, boolean upward) {
        int lo = from;
        int hi = to;
        if (upward) {
            if (h.probability(to) > bar) {
                return to + 1;
            }
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (h.probability(mid) <= bar) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
        if (h.probability(from) > bar) {
            return from - 1;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (h.probability(mid) <= bar) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
