package dev.greenlight.baseline;

/**
 * An L2-regularised logistic regression at the optimum of its objective ({@link BinaryLogisticLoss},
 * {@link MultinomialLogisticLoss}), found by {@link NewtonCg} until the largest gradient entry is at most
 * {@link #TOLERANCE} times the total sample weight. scikit-learn's default {@code lbfgs} stops about 1e-4 short of
 * this optimum; {@code newton-cholesky} and {@code newton-cg} with a tight tolerance reach it, and so match.
 */
final class LogisticModel {
    static final double TOLERANCE = 1e-12;

    private final double[][] coefficients;
    private final double[] intercepts;
    private final double gradientNorm;

    private LogisticModel(double[][] coefficients, double[] intercepts, double gradientNorm) {
        this.coefficients = coefficients;
        this.intercepts = intercepts;
        this.gradientNorm = gradientNorm;
    }

    /** The binary model of {@code y} (1 positive, 0 not) on the design columns {@code x}. */
    static LogisticModel binary(double[][] x, double[] y, double[] weights, double c) {
        BinaryLogisticLoss loss = new BinaryLogisticLoss(x, y, weights, c);
        NewtonCg.Result r = NewtonCg.minimize(loss, new double[loss.dimension()], tolerance(weights, y.length));
        double[] w = java.util.Arrays.copyOf(r.theta(), x.length);
        return new LogisticModel(new double[][] {w}, new double[] {r.theta()[x.length]}, r.gradientNorm());
    }

    /** The multinomial model of {@code y} (class indices below {@code classes}) on the design columns. */
    static LogisticModel multinomial(double[][] x, int[] y, int classes, double[] weights, double c) {
        MultinomialLogisticLoss loss = new MultinomialLogisticLoss(x, y, classes, weights, c);
        NewtonCg.Result r = NewtonCg.minimize(loss, new double[loss.dimension()], tolerance(weights, y.length));
        int stride = x.length + 1;
        double[][] w = new double[classes][];
        double[] b = new double[classes];
        double mean = 0;
        for (int k = 0; k < classes; k++) {
            w[k] = java.util.Arrays.copyOfRange(r.theta(), k * stride, k * stride + x.length);
            b[k] = r.theta()[k * stride + x.length];
            mean += b[k] / classes;
        }
        for (int k = 0; k < classes; k++) {
            b[k] -= mean; // the intercepts are defined up to a common constant: report the ones summing to zero
        }
        return new LogisticModel(w, b, r.gradientNorm());
    }

    private static double tolerance(double[] weights, int n) {
        double total = n;
        if (weights != null) {
            total = 0;
            for (double w : weights) {
                total += w;
            }
        }
        return TOLERANCE * Math.max(1.0, total);
    }

    /** Coefficients per class (one row for a binary model), per design column. */
    double[][] coefficients() {
        return coefficients;
    }

    double[] intercepts() {
        return intercepts;
    }

    /** The largest gradient entry at the solution. */
    double gradientNorm() {
        return gradientNorm;
    }

    /** Binary: the linear predictor {@code x . w + b} of each row. */
    double[] decision(double[][] columns, int rows) {
        return LinearPredictor.of(columns, rows, theta(0));
    }

    /** Multinomial: the probability of each class (first index) for each row. */
    double[][] probabilities(double[][] columns, int rows) {
        double[][] z = new double[coefficients.length][];
        for (int k = 0; k < z.length; k++) {
            z[k] = LinearPredictor.of(columns, rows, theta(k));
        }
        MultinomialLogisticLoss.softmax(z);
        return z;
    }

    private double[] theta(int k) {
        double[] t = java.util.Arrays.copyOf(coefficients[k], coefficients[k].length + 1);
        t[coefficients[k].length] = intercepts[k];
        return t;
    }
}
