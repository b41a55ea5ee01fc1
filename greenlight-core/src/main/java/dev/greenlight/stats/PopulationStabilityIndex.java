package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;

/**
 * Population stability index (PSI) between a reference and a current distribution over fixed bins (Yurdakul
 * 2018, "Statistical properties of population stability index", Western Michigan University, eq. 1):
 * {@code PSI = sum_i (a_i - e_i) ln(a_i / e_i)} with {@code e_i = r_i / R} and {@code a_i = c_i / C} the
 * reference and current shares of bin i. An empty bin would make the logarithm infinite, so its share is
 * replaced by epsilon (default 1e-4) and the shares are not renormalised afterwards.
 *
 * <p>Numeric bins come from explicit edges {@code e_0 < e_1 < ... < e_k}: value v falls in bin i when
 * {@code e_i <= v < e_{i+1}} (a value equal to an inner edge goes right); the last bin also takes
 * {@code v == e_k}, so with outer edges -Infinity and +Infinity every non-NaN value is counted. NaN values, and
 * values outside {@code [e_0, e_k]}, are not counted; the totals in the result tell how many were.
 */
public final class PopulationStabilityIndex {
    /** The share used for an empty bin unless another is given. */
    public static final double DEFAULT_EPSILON = 1e-4;

    private PopulationStabilityIndex() {
    }

    /** PSI over bins given by their edges, with the default epsilon. */
    public static PsiResult fromEdges(double[] reference, double[] current, double[] edges) {
        return fromEdges(reference, current, edges, DEFAULT_EPSILON);
    }

    /**
     * PSI over bins given by their edges.
     *
     * @throws InvalidDataException if an array is null, edges has fewer than 2 entries, is NaN or not
     *                                  strictly increasing, epsilon is not in (0, 1), or either sample has no
     *                                  value inside the edges (the message names it)
     */
    public static PsiResult fromEdges(double[] reference, double[] current, double[] edges, double epsilon) {
        Samples.requireNonNull(edges, "edges");
        if (edges.length < 2) {
            throw new InvalidDataException("edges must have at least 2 entries, got " + edges.length);
        }
        for (int i = 0; i < edges.length; i++) {
            if (Double.isNaN(edges[i]) || (i > 0 && !(edges[i] > edges[i - 1]))) {
                throw new InvalidDataException("edges must be strictly increasing and not NaN; edges[" + i
                        + "] = " + edges[i]);
            }
        }
        long[] r = binCounts(Samples.requireNonNull(reference, "sample reference"), edges);
        long[] c = binCounts(Samples.requireNonNull(current, "sample current"), edges);
        return compute(r, c, epsilon, "reference", "current");
    }

    /** PSI from counts per bin or category, with the default epsilon. */
    public static PsiResult fromCounts(long[] referenceCounts, long[] currentCounts) {
        return fromCounts(referenceCounts, currentCounts, DEFAULT_EPSILON);
    }

    /**
     * PSI from counts per bin or category (e.g. categorical columns).
     *
     * @throws InvalidDataException if an array is null or empty, their lengths differ, a count is negative,
     *                                  either sums to 0, or epsilon is not in (0, 1)
     */
    public static PsiResult fromCounts(long[] referenceCounts, long[] currentCounts, double epsilon) {
        Samples.requireNonNull(referenceCounts, "referenceCounts");
        Samples.requireNonNull(currentCounts, "currentCounts");
        if (referenceCounts.length == 0 || referenceCounts.length != currentCounts.length) {
            throw new InvalidDataException("need the same, non-zero number of bins; got "
                    + referenceCounts.length + " reference and " + currentCounts.length + " current");
        }
        for (int i = 0; i < referenceCounts.length; i++) {
            if (referenceCounts[i] < 0 || currentCounts[i] < 0) {
                throw new InvalidDataException("counts must be >= 0; bin " + i + " has "
                        + referenceCounts[i] + " reference and " + currentCounts[i] + " current");
            }
        }
        return compute(referenceCounts, currentCounts, epsilon, "referenceCounts", "currentCounts");
    }

    /** Counts of the values in each bin {@code [e_i, e_{i+1})}, the last bin closed; binary search per value. */
    static long[] binCounts(double[] values, double[] edges) {
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        double low = edges[0];
        double high = edges[bins];
        for (double v : values) {
            if (!(v >= low && v <= high)) {
                continue;
            }
            // largest i with edges[i] <= v, capped to the last bin
            int lo = 0;
            int hi = bins;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (edges[mid] <= v) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            counts[lo]++;
        }
        return counts;
    }

    private static PsiResult compute(long[] r, long[] c, double epsilon, String referenceName,
                                     String currentName) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new InvalidDataException("epsilon must be in (0, 1), got " + epsilon);
        }
        double[] e = shares(r, epsilon, referenceName);
        double[] a = shares(c, epsilon, currentName);
        double[] terms = new double[r.length];
        double psi = 0;
        for (int i = 0; i < terms.length; i++) {
            terms[i] = (a[i] - e[i]) * Math.log(a[i] / e[i]);
            psi += terms[i];
        }
        return new PsiResult(psi, r, c, e, a, terms, epsilon);
    }

    private static double[] shares(long[] counts, double epsilon, String name) {
        long total = 0;
        for (long k : counts) {
            total += k;
        }
        if (total == 0) {
            throw new InvalidDataException(name + " has no value in the bins");
        }
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i] > 0 ? (double) counts[i] / total : epsilon;
        }
        return out;
    }
}
