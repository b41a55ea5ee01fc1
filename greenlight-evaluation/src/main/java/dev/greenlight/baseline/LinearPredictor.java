package dev.greenlight.baseline;

import java.util.Arrays;

/** Dense vector arithmetic over column-major design columns. */
final class LinearPredictor {
    private LinearPredictor() {
    }

    /** {@code X w + b} for the first {@code rows} rows, with {@code theta = (w, b)}, one weight per column. */
    static double[] of(double[][] columns, int rows, double[] theta) {
        double[] z = new double[rows];
        Arrays.fill(z, theta[columns.length]);
        for (int j = 0; j < columns.length; j++) {
            double wj = theta[j];
            double[] col = columns[j];
            for (int i = 0; i < rows; i++) {
                z[i] += wj * col[i];
            }
        }
        return z;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
