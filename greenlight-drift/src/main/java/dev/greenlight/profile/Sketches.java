package dev.greenlight.profile;

import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * The sketch sizes every profile uses, and the error bounds that follow from them, so that profiles made
 * anywhere merge and a report can state how approximate a number from a profile is.
 */
public final class Sketches {
    /**
     * KLL's k (Karnin, Lang and Liberty 2016, "Optimal quantile approximation in streams"). With k = 1000 a rank
     * from the sketch is within {@link #KLL_RANK_ERROR} (0.28%) of the true rank with 99% confidence
     * (DataSketches' {@code getNormalizedRankError(1000, false)}), whatever the number of values, and the sketch
     * holds a few thousand values (tens of KB). DataSketches' default k = 200 (1.33%) made Wasserstein distances
     * from profiles of unchanged long-tailed columns read 0.02-0.03 instead of 0.002, too close to the 0.1
     * threshold; five times the memory of a small sketch buys a five times smaller error.
     */
    public static final int KLL_K = 1000;
    /** Single-rank error of the KLL sketch at {@link #KLL_K}, 99% confidence. */
    public static final double KLL_RANK_ERROR = KllDoublesSketch.getNormalizedRankError(KLL_K, false);
    /** log2 of the HLL sketch's number of buckets (Flajolet et al. 2007, "HyperLogLog"). */
    public static final int HLL_LG_K = 12;
    /** Relative standard error of the HLL distinct count, about {@code 1.04 / sqrt(2^lgK)}. */
    public static final double HLL_RSE = 1.04 / Math.sqrt(1 << HLL_LG_K);
    /** Distinct categories counted exactly; beyond this a column switches to a frequent-items sketch. */
    public static final int MAX_EXACT_CATEGORIES = 10_000;
    /** Map size of the frequent-items sketch (Anderson et al. 2017, "A high-performance algorithm for identifying
     * frequent items in data streams"); a frequency's error is at most {@code 3.5 / 4096} of the count. */
    public static final int FREQUENT_ITEMS_MAP_SIZE = 4096;

    private Sketches() {
    }

    static KllDoublesSketch newKll() {
        return KllDoublesSketch.newHeapInstance(KLL_K);
    }

    static HllSketch newHll() {
        return new HllSketch(HLL_LG_K);
    }

    /** The HLL sketch of two streams together; it estimates their distinct values with the same error bound. */
    static HllSketch union(HllSketch a, HllSketch b) {
        Union u = new Union(HLL_LG_K);
        u.update(a);
        u.update(b);
        return u.getResult();
    }
}
