package dev.greenlight.stats;

import java.util.Arrays;

/**
 * Sorts doubles by least-significant-digit radix sort on their IEEE 754 bits (Knuth, TAOCP vol. 3, section 5.2.5),
 * in the total order of {@link Double#compare}: {@code -Inf < ... < -0.0 < 0.0 < ... < +Inf < NaN}, the order
 * {@link Arrays#sort(double[])} gives. Each value maps to a 64-bit key whose unsigned order is that order (negative
 * values have all bits flipped, the others only the sign bit; NaN is the canonical NaN), and six stable counting
 * passes of 11 bits sort the keys; a pass whose digit is the same for every key is skipped. Linear time, no boxing:
 * ten million scores sort in a few hundred milliseconds, where sorting {@code Integer} indices with a comparator
 * would take seconds and a gigabyte of objects.
 *
 * <p>{@code -0.0 == 0.0} in Java, so callers that group equal values into runs with {@code ==} see one run.
 */
public final class RadixSort {
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int PASSES = (Long.SIZE + BITS - 1) / BITS;
    /** Below this size a comparison sort is as fast. */
    private static final int SMALL = 4_096;

    private RadixSort() {
    }

    /** A new array of the non-NaN values, sorted ascending. */
    public static double[] sortedWithoutNaN(double[] values) {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        double[] kept = new double[n];
        int k = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                kept[k++] = v;
            }
        }
        if (n < SMALL) {
            Arrays.sort(kept);
            return kept;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = sortable(kept[i]);
        }
        long[] buffer = new long[n];
        int[] count = new int[BUCKETS];
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = pass * BITS;
            Arrays.fill(count, 0);
            for (long key : keys) {
                count[digit(key, shift)]++;
            }
            if (count[digit(keys[0], shift)] == n) {
                continue;
            }
            toOffsets(count);
            for (long key : keys) {
                buffer[count[digit(key, shift)]++] = key;
            }
            long[] t = keys;
            keys = buffer;
            buffer = t;
        }
        for (int i = 0; i < n; i++) {
            kept[i] = fromSortable(keys[i]);
        }
        return kept;
    }

    /**
     * Sorts the rows of {@code keys} in ascending order of key. The sort is stable: equal keys (bit for bit) keep
     * their row order.
     *
     * @param keys         the keys (a NaN sorts last)
     * @param sortedValues receives the keys in ascending order; same length as {@code keys}
     * @return the row indices in ascending order of key
     */
    public static int[] argsort(double[] keys, double[] sortedValues) {
        int n = keys.length;
        long[] bits = new long[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            bits[i] = sortable(keys[i]);
            rows[i] = i;
        }
        long[] bitsOut = new long[n];
        int[] rowsOut = new int[n];
        int[] count = new int[BUCKETS];
        for (int pass = 0; pass < PASSES && n > 0; pass++) {
            int shift = pass * BITS;
            Arrays.fill(count, 0);
            for (long b : bits) {
                count[digit(b, shift)]++;
            }
            if (count[digit(bits[0], shift)] == n) {
                continue; // this digit is the same for every key (e.g. the sign and exponent of probabilities)
            }
            toOffsets(count);
            for (int i = 0; i < n; i++) {
                long b = bits[i];
                int to = count[digit(b, shift)]++;
                bitsOut[to] = b;
                rowsOut[to] = rows[i];
            }
            long[] tb = bits;
            bits = bitsOut;
            bitsOut = tb;
            int[] tr = rows;
            rows = rowsOut;
            rowsOut = tr;
        }
        for (int i = 0; i < n; i++) {
            sortedValues[i] = fromSortable(bits[i]);
        }
        return rows;
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (BUCKETS - 1);
    }

    private static void toOffsets(int[] count) {
        int sum = 0;
        for (int b = 0; b < count.length; b++) {
            int c = count[b];
            count[b] = sum;
            sum += c;
        }
    }

    /** A long whose unsigned order is {@link Double#compare}'s order of the doubles. */
    private static long sortable(double x) {
        long bits = Double.doubleToLongBits(x); // canonical NaN, which sorts after +Inf
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    private static double fromSortable(long key) {
        return Double.longBitsToDouble(key < 0 ? key ^ Long.MIN_VALUE : ~key);
    }
}
