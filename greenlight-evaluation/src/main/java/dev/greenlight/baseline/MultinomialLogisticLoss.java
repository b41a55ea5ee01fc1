package dev.greenlight.baseline;

/**
 * The L2-penalised multinomial logistic loss
 * {@code sum_i s_i [logsumexp_k z_ik - z_i,y_i] + sum_k ||w_k||^2 / (2C)} with {@code z_ik = x_i . w_k + b_k}, the
 * intercepts not penalised: scikit-learn's {@code LogisticRegression(multi_class='multinomial')} objective.
 * Parameters: class by class, {@code w_k} (one per design column) then {@code b_k}.
 *
 * <p>Adding one constant to every intercept changes no probability, so the Hessian is singular along that direction;
 * conjugate gradients from zero never leave the subspace of intercepts summing to zero, where scikit-learn's
 * {@code newton-cg} solution lies too.
 */
final class MultinomialLogisticLoss implements SmoothObjective {
    private final double[][] x;
    private final int[] y;
    private final int classes;
    private final double[] weights;
    private final double inverseC;
    private final int n;
    private final int stride;
    private final double[][] probabilities;

    /**
     * @param x       design columns, column-major
     * @param y       class index per row, in {@code [0, classes)}
     * @param weights sample weights, or null
     * @param c       inverse regularisation strength
     */
    MultinomialLogisticLoss(double[][] x, int[] y, int classes, double[] weights, double c) {
        this.x = x;
        this.y = y;
        this.classes = classes;
        this.weights = weights;
        this.inverseC = 1.0 / c;
        this.n = y.length;
        this.stride = x.length + 1;
        this.probabilities = new double[classes][n];
    }

    @Override
    public int dimension() {
        return classes * stride;
    }

    /** The linear predictors {@code z_k = X w_k + b_k} of the given columns, one array per class. */
    static double[][] linear(double[][] columns, int rows, double[] theta, int classes) {
        int stride = columns.length + 1;
        double[][] z = new double[classes][];
        double[] block = new double[stride];
        for (int k = 0; k < classes; k++) {
            System.arraycopy(theta, k * stride, block, 0, stride);
            z[k] = LinearPredictor.of(columns, rows, block);
        }
        return z;
    }

    /** Softmax of the linear predictors, in place; returns {@code logsumexp} per row. */
    static double[] softmax(double[][] z) {
        int rows = z[0].length;
        double[] lse = new double[rows];
        for (int i = 0; i < rows; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double[] zk : z) {
                max = Math.max(max, zk[i]);
            }
            double sum = 0;
            for (double[] zk : z) {
                sum += Math.exp(zk[i] - max);
            }
            lse[i] = max + Math.log(sum);
            for (double[] zk : z) {
                zk[i] = Math.exp(zk[i] - lse[i]);
            }
        }
        return lse;
    }

    private double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }

    private double penalty(double[] theta) {
        double s = 0;
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < x.length; j++) {
                double w = theta[k * stride + j];
                s += w * w;
            }
        }
        return 0.5 * inverseC * s;
    }

    /** The loss, with the row probabilities left in {@code z}. */
    private double loss(double[] theta, double[][] p) {
        double[][] z = linear(x, n, theta, classes);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            loss -= weight(i) * z[y[i]][i];
        }
        double[] lse = softmax(z);
        for (int i = 0; i < n; i++) {
            loss += weight(i) * lse[i];
        }
        if (p != null) {
            for (int k = 0; k < classes; k++) {
                System.arraycopy(z[k], 0, p[k], 0, n);
            }
        }
        return loss + penalty(theta);
    }

    @Override
    public double value(double[] theta) {
        return loss(theta, null);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double value = loss(theta, probabilities);
        double[] residual = new double[n];
        for (int k = 0; k < classes; k++) {
            double intercept = 0;
            for (int i = 0; i < n; i++) {
                residual[i] = weight(i) * (probabilities[k][i] - (y[i] == k ? 1.0 : 0.0));
                intercept += residual[i];
            }
            for (int j = 0; j < x.length; j++) {
                gradient[k * stride + j] = LinearPredictor.dot(x[j], residual) + inverseC * theta[k * stride + j];
            }
            gradient[k * stride + x.length] = intercept;
        }
        return value;
    }

    @Override
    public void hessianTimes(double[] v, double[] out) {
        double[][] u = linear(x, n, v, classes);
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (int k = 0; k < classes; k++) {
                mean += probabilities[k][i] * u[k][i];
            }
            double w = weight(i);
            for (int k = 0; k < classes; k++) {
                u[k][i] = w * probabilities[k][i] * (u[k][i] - mean);
            }
        }
        for (int k = 0; k < classes; k++) {
            double intercept = 0;
            for (int i = 0; i < n; i++) {
                intercept += u[k][i];
            }
            for (int j = 0; j < x.length; j++) {
                out[k * stride + j] = LinearPredictor.dot(x[j], u[k]) + inverseC * v[k * stride + j];
            }
            out[k * stride + x.length] = intercept;
        }
    }
}
