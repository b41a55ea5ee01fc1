package dev.greenlight.baseline;

import dev.greenlight.error.InvalidDataException;

/** Solves {@code A x = b} for a symmetric positive definite {@code A} by its Cholesky factor {@code A = L L^T}. */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * The solution of {@code a x = b}; {@code a} is read, not changed.
     *
     * @throws InvalidDataException when {@code a} is not positive definite (to working precision)
     */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 0)) {
                throw new InvalidDataException("the matrix is not positive definite (pivot " + j + " is " + d + ")");
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }
}
