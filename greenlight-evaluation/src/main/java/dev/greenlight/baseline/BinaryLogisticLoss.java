package dev.greenlight.baseline;

/**
 * The L2-penalised binary logistic loss {@code sum_i s_i [log(1 + e^z_i) - y_i z_i] + ||w||^2 / (2C)} with
 * {@code z_i = x_i . w + b}, the intercept {@code b} not penalised: scikit-learn's {@code LogisticRegression}
 * objective. Parameters: {@code w} (one per design column), then {@code b}.
 */
final class BinaryLogisticLoss implements SmoothObjective {
    private final double[][] x;
    private final double[] y;
    private final double[] weights;
    private final double inverseC;
    private final int n;
    private final double[] curvature;

    /**
     * @param x       design columns, column-major
     * @param y       1 for the positive class, 0 otherwise
     * @param weights sample weights, or null
     * @param c       inverse regularisation strength
     */
    BinaryLogisticLoss(double[][] x, double[] y, double[] weights, double c) {
        this.x = x;
        this.y = y;
        this.weights = weights;
        this.inverseC = 1.0 / c;
        this.n = y.length;
        this.curvature = new double[n];
    }

    @Override
    public int dimension() {
        return x.length + 1;
    }

    private double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }

    private double penalty(double[] theta) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += theta[j] * theta[j];
        }
        return 0.5 * inverseC * s;
    }

    /** {@code log(1 + e^z)} without overflow. */
    static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    @Override
    public double value(double[] theta) {
        double[] z = LinearPredictor.of(x, n, theta);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            loss += weight(i) * (softplus(z[i]) - y[i] * z[i]);
        }
        return loss + penalty(theta);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double[] z = LinearPredictor.of(x, n, theta);
        double[] residual = new double[n];
        double loss = 0;
        double interceptGradient = 0;
        for (int i = 0; i < n; i++) {
            double w = weight(i);
            double p = sigmoid(z[i]);
            loss += w * (softplus(z[i]) - y[i] * z[i]);
            residual[i] = w * (p - y[i]);
            curvature[i] = w * p * (1 - p);
            interceptGradient += residual[i];
        }
        for (int j = 0; j < x.length; j++) {
            gradient[j] = LinearPredictor.dot(x[j], residual) + inverseC * theta[j];
        }
        gradient[x.length] = interceptGradient;
        return loss + penalty(theta);
    }

    @Override
    public void hessianTimes(double[] v, double[] out) {
        double[] u = LinearPredictor.of(x, n, v);
        double interceptTerm = 0;
        for (int i = 0; i < n; i++) {
            u[i] *= curvature[i];
            interceptTerm += u[i];
        }
        for (int j = 0; j < x.length; j++) {
            out[j] = LinearPredictor.dot(x[j], u) + inverseC * v[j];
        }
        out[x.length] = interceptTerm;
    }
}
