package dev.greenlight.metrics;

/** Row selection over primitive arrays, null-safe. */
final class Arrays2 {
    private Arrays2() {
    }

    static double[] select(double[] a, int[] rows) {
        if (a == null) {
            return null;
        }
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = a[rows[i]];
        }
        return out;
    }

    static int[] select(int[] a, int[] rows) {
        if (a == null) {
            return null;
        }
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = a[rows[i]];
        }
        return out;
    }
}
