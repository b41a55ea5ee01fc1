package dev.greenlight.stats;

import java.util.Objects;

/**
 * A sample with its missing values ({@code NaN}) removed and the rest sorted ascending, ready for the rank- and
 * ECDF-based tests. Sorting dominates their cost on large columns (10M rows), so a caller that runs several
 * tests on the same column can sort it once here and pass it to each of them.
 *
 * <p>Immutable: the values are copied from the caller's array. {@code -0.0} and {@code 0.0} are kept as they
 * are but compare equal in every test, as in scipy.
 */
public final class SortedSample {
    private final double[] values;
    private final int missing;

    private SortedSample(double[] values, int missing) {
        this.values = values;
        this.missing = missing;
    }

    /**
     * Copies the non-NaN values and sorts them. An all-NaN or empty array gives an empty sample; the tests
     * reject it with a message naming the sample.
     *
     * @throws NullPointerException if {@code values} is null
     */
    public static SortedSample of(double[] values) {
        Objects.requireNonNull(values, "values");
        // one copy, sorted by radix: the order of Arrays.sort, in linear time
        double[] kept = RadixSort.sortedWithoutNaN(values);
        return new SortedSample(kept, values.length - kept.length);
    }

    /** A sample over values this package has just sorted (ascending, no NaN), without copying them. */
    static SortedSample wrapSorted(double[] ascending, int missing) {
        return new SortedSample(ascending, missing);
    }

    /** Number of values used (non-NaN). */
    public int size() {
        return values.length;
    }

    /** Number of NaN values that were dropped. */
    public int missing() {
        return missing;
    }

    /** The i-th smallest value (0-based). */
    public double get(int i) {
        return values[i];
    }

    /** A copy of the sorted values. */
    public double[] toArray() {
        return values.clone();
    }

    /** The sorted values themselves, for the tests of this package; never modified. */
    double[] sorted() {
        return values;
    }

    /** The sorted values, after checking that there is at least one; {@code name} names the sample. */
    double[] requireNonEmpty(String name) {
        Samples.requireNonEmpty(values.length, name);
        return values;
    }
}
