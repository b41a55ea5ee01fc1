package dev.greenlight.stats;

/**
 * Least-squares parabola {@code y = c0 + c1 t + c2 t^2} through a few points (numpy's {@code polyfit(x, y, 2)}).
 * The abscissae are centred and scaled first so that the 3 x 3 normal equations are well conditioned.
 */
final class QuadraticFit {
    private final double centre;
    private final double scale;
    private final double[] coefficients;

    private QuadraticFit(double centre, double scale, double[] coefficients) {
        this.centre = centre;
        this.scale = scale;
        this.coefficients = coefficients;
    }

    static QuadraticFit of(double[] x, double[] y) {
        int n = x.length;
        double centre = 0;
        for (double v : x) {
            centre += v / n;
        }
        double scale = 0;
        for (double v : x) {
            scale = Math.max(scale, Math.abs(v - centre));
        }
        double[][] a = new double[3][4];
        for (int i = 0; i < n; i++) {
            double t = (x[i] - centre) / scale;
            double[] powers = {1, t, t * t};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    a[r][c] += powers[r] * powers[c];
                }
                a[r][3] += powers[r] * y[i];
            }
        }
        return new QuadraticFit(centre, scale, solve(a));
    }

    double valueAt(double x) {
        double t = (x - centre) / scale;
        return coefficients[0] + t * (coefficients[1] + t * coefficients[2]);
    }

    /** Gaussian elimination with partial pivoting on an augmented 3 x 4 system. */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
