package dev.greenlight.baseline;

/**
 * Ridge regression in closed form: the minimiser of {@code sum_i s_i (y_i - x_i . w - b)^2 + alpha ||w||^2}, the
 * intercept not penalised, as scikit-learn's {@code Ridge(alpha)}: centre the columns and the target on their
 * (weighted) training means, solve {@code (Xc^T S Xc + alpha I) w = Xc^T S yc} by Cholesky, and set
 * {@code b = mean(y) - mean(x) . w}. {@code alpha = 0} is ordinary least squares ({@code LinearRegression}) when
 * the columns are linearly independent.
 */
final class RidgeModel {
    private final double[] coefficients;
    private final double intercept;

    private RidgeModel(double[] coefficients, double intercept) {
        this.coefficients = coefficients;
        this.intercept = intercept;
    }

    /**
     * @throws dev.greenlight.error.InvalidDataException when {@code alpha = 0} and the columns are linearly dependent
     */
    static RidgeModel fit(double[][] x, double[] y, double[] weights, double alpha) {
        int p = x.length;
        int n = y.length;
        double total = 0;
        double yMean = 0;
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1.0 : weights[i];
            total += w;
            yMean += w * y[i];
        }
        yMean /= total;
        double[] xMean = new double[p];
        double[][] centred = new double[p][n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = weights == null ? 1.0 : weights[i];
        }
        for (int j = 0; j < p; j++) {
            xMean[j] = LinearPredictor.dot(x[j], s) / total;
            for (int i = 0; i < n; i++) {
                centred[j][i] = x[j][i] - xMean[j];
            }
        }
        double[] yc = new double[n];
        for (int i = 0; i < n; i++) {
            yc[i] = s[i] * (y[i] - yMean);
        }
        double[][] gram = new double[p][p];
        double[] rhs = new double[p];
        double[] weighted = new double[n];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                weighted[i] = s[i] * centred[j][i];
            }
            for (int k = 0; k <= j; k++) {
                gram[j][k] = LinearPredictor.dot(weighted, centred[k]);
                gram[k][j] = gram[j][k];
            }
            gram[j][j] += alpha;
            rhs[j] = LinearPredictor.dot(centred[j], yc);
        }
        double[] w = Cholesky.solve(gram, rhs);
        return new RidgeModel(w, yMean - LinearPredictor.dot(xMean, w));
    }

    double[] coefficients() {
        return coefficients;
    }

    double intercept() {
        return intercept;
    }

    /** {@code x . w + b} for each row of the design columns. */
    double[] predict(double[][] columns, int rows) {
        double[] theta = java.util.Arrays.copyOf(coefficients, coefficients.length + 1);
        theta[coefficients.length] = intercept;
        return LinearPredictor.of(columns, rows, theta);
    }
}
