package dev.greenlight.stats;

/**
 * Sorts a key array ascending and applies the same permutation to a companion array, without boxing: a
 * bottom-up merge sort (stable, O(n log n) in every case) over primitive arrays, with insertion sort on short
 * runs.
 */
final class PairSort {
    private static final int RUN = 32;

    private PairSort() {
    }

    static void sort(double[] keys, double[] companion) {
        int n = keys.length;
        for (int lo = 0; lo < n; lo += RUN) {
            insertionSort(keys, companion, lo, Math.min(lo + RUN, n));
        }
        if (n <= RUN) {
            return;
        }
        double[] k1 = keys;
        double[] c1 = companion;
        double[] k2 = new double[n];
        double[] c2 = new double[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(k1, c1, k2, c2, lo, mid, hi);
            }
            double[] t = k1;
            k1 = k2;
            k2 = t;
            t = c1;
            c1 = c2;
            c2 = t;
        }
        if (k1 != keys) {
            System.arraycopy(k1, 0, keys, 0, n);
            System.arraycopy(c1, 0, companion, 0, n);
        }
    }

    private static void insertionSort(double[] k, double[] c, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            double key = k[i];
            double comp = c[i];
            int j = i - 1;
            while (j >= lo && Double.compare(k[j], key) > 0) {
                k[j + 1] = k[j];
                c[j + 1] = c[j];
                j--;
            }
            k[j + 1] = key;
            c[j + 1] = comp;
        }
    }

    private static void merge(double[] k, double[] c, double[] kOut, double[] cOut, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int o = lo; o < hi; o++) {
            if (i < mid && (j >= hi || Double.compare(k[i], k[j]) <= 0)) {
                kOut[o] = k[i];
                cOut[o] = c[i++];
            } else {
                kOut[o] = k[j];
                cOut[o] = c[j++];
            }
        }
    }
}
