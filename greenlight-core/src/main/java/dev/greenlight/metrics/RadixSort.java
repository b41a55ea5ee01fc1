package dev.greenlight.metrics;

/**
 * Orders rows by a {@code double} key without boxing: a least-significant-digit radix sort over the 64-bit pattern
 * of each key, mapped so that the unsigned order of the pattern is the numeric order. Linear time, so a score column
 * of ten million rows sorts in a few hundred milliseconds, where sorting {@code Integer} indices with a comparator
 * would take seconds and a gigabyte of objects.
 */
final class RadixSort {
    private static final int BITS = 8;
    private static final int RADIX = 1 << BITS;
    private static final int DIGITS = Long.SIZE / BITS;

    private RadixSort() {
    }

    /**
     * Sorts the rows of {@code keys} in ascending order of key. The sort is stable (equal keys keep their row order)
     * and treats {@code -0.0} as {@code 0.0}.
     *
     * @param keys         the keys; none may be NaN (checked by the caller)
     * @param sortedValues receives the keys in ascending order; same length as {@code keys}
     * @return the row indices in ascending order of key
     */
    static int[] argsort(double[] keys, double[] sortedValues) {
        int n = keys.length;
        long[] bits = new long[n];
        int[] rows = new int[n];
        int[][] histograms = new int[DIGITS][RADIX];
        for (int i = 0; i < n; i++) {
            long b = sortable(keys[i]);
            bits[i] = b;
            rows[i] = i;
            for (int d = 0; d < DIGITS; d++) {
                histograms[d][(int) (b >>> (d * BITS)) & (RADIX - 1)]++;
            }
        }
        long[] bitsOut = new long[n];
        int[] rowsOut = new int[n];
        for (int d = 0; d < DIGITS; d++) {
            int[] counts = histograms[d];
            if (allInOneBucket(counts, n)) {
                continue; // this digit is the same for every key (e.g. the sign and exponent of probabilities)
            }
            toOffsets(counts);
            int shift = d * BITS;
            for (int i = 0; i < n; i++) {
                long b = bits[i];
                int to = counts[(int) (b >>> shift) & (RADIX - 1)]++;
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

    private static boolean allInOneBucket(int[] counts, int n) {
        for (int c : counts) {
            if (c != 0) {
                return c == n;
            }
        }
        return true;
    }

    private static void toOffsets(int[] counts) {
        int sum = 0;
        for (int b = 0; b < counts.length; b++) {
            int c = counts[b];
            counts[b] = sum;
            sum += c;
        }
    }

    /** Maps a double to a long whose unsigned order is the double's numeric order (negatives flipped). */
    private static long sortable(double x) {
        long b = Double.doubleToRawLongBits(x + 0.0); // + 0.0 turns -0.0 into 0.0
        return b < 0 ? ~b : b ^ Long.MIN_VALUE;
    }

    private static double fromSortable(long b) {
        return Double.longBitsToDouble(b < 0 ? b ^ Long.MIN_VALUE : ~b);
    }
}
