package dev.greenlight.metrics;

import dev.greenlight.stats.RadixSort;

/**
 * Regression metrics, as {@code sklearn.metrics} defines them; sample weights are weights of means
 * ({@code numpy.average}). Each returns a {@link MetricValue}, undefined with no rows or weights summing to zero.
 */
public final class RegressionErrors {
    /** The floor of {@code |y|} in MAPE, {@code numpy.finfo(float64).eps}. */
    public static final double MAPE_EPS = Math.ulp(1.0);

    private RegressionErrors() {
    }

    /** Mean squared error ({@code mean_squared_error}). */
    public static MetricValue mse(RegressionOutcomes o) {
        return mean(o, "mse", Residual.SQUARED);
    }

    /** Root mean squared error: {@code sqrt} of the weighted MSE ({@code squared=False}). */
    public static MetricValue rmse(RegressionOutcomes o) {
        MetricValue mse = mse(o);
        return mse.isDefined() ? MetricValue.of("rmse", Math.sqrt(mse.value()), o.size()) : rename(mse, "rmse");
    }

    /** Mean absolute error ({@code mean_absolute_error}). */
    public static MetricValue mae(RegressionOutcomes o) {
        return mean(o, "mae", Residual.ABSOLUTE);
    }

    /**
     * Mean absolute percentage error as a fraction, not a percentage ({@code mean_absolute_percentage_error}):
     * {@code mean(|y - yhat| / max(|y|, eps))}; a zero target gives a huge value rather than an error.
     */
    public static MetricValue mape(RegressionOutcomes o) {
        return mean(o, "mape", Residual.PERCENTAGE);
    }

    /**
     * Symmetric mean absolute percentage error, as a fraction in [0, 2]: {@code mean(2 |y - yhat| / (|y| + |yhat|))},
     * a row where both are 0 counting 0 (a perfect forecast of zero). This is the form of Makridakis (1993) and the
     * M4 competition without the factor 100; scikit-learn has no sMAPE.
     */
    public static MetricValue smape(RegressionOutcomes o) {
        return mean(o, "smape", Residual.SYMMETRIC_PERCENTAGE);
    }

    /** Largest absolute error ({@code max_error}); never weighted, as scikit-learn. */
    public static MetricValue maxError(RegressionOutcomes o) {
        if (o.size() == 0) {
            return MetricValue.undefined("max_error", 0, "no rows");
        }
        String nan = Checks.nanProblem("y_true", o.yTrue());
        nan = nan != null ? nan : Checks.nanProblem("y_pred", o.yPred());
        if (nan != null) {
            return MetricValue.undefined("max_error", o.size(), nan);
        }
        double max = 0.0;
        for (int i = 0; i < o.size(); i++) {
            max = Math.max(max, Math.abs(o.yTrue()[i] - o.yPred()[i]));
        }
        return MetricValue.of("max_error", max, o.size());
    }

    /**
     * Median absolute error ({@code median_absolute_error}). Unweighted: {@code numpy.median}, the mean of the two
     * middle values for an even count. Weighted: scikit-learn's lower weighted percentile, the smallest error whose
     * cumulative weight (errors sorted ascending) reaches half the total.
     */
    public static MetricValue medianAbsoluteError(RegressionOutcomes o) {
        String name = "median_absolute_error";
        String problem = problem(o);
        if (problem != null) {
            return MetricValue.undefined(name, o.size(), problem);
        }
        int n = o.size();
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = Math.abs(o.yPred()[i] - o.yTrue()[i]);
        }
        if (o.weights() == null) {
            java.util.Arrays.sort(errors);
            double median = n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2.0;
            return MetricValue.of(name, median, n);
        }
        double[] sorted = new double[n];
        int[] order = RadixSort.argsort(errors, sorted);
        double[] cumulative = new double[n];
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            sum += o.weights()[order[k]];
            cumulative[k] = sum;
        }
        double half = 0.5 * sum;
        int k = 0;
        while (k < n - 1 && cumulative[k] < half) {
            k++;
        }
        return MetricValue.of(name, sorted[k], n);
    }

    /** R² ({@code r2_score}) with {@code force_finite=True}. */
    public static MetricValue r2(RegressionOutcomes o) {
        return r2(o, true);
    }

    /**
     * Coefficient of determination {@code 1 - SS_res / SS_tot} ({@code r2_score}), weighted sums around the
     * weighted mean of y_true. Undefined with fewer than two rows (scikit-learn returns NaN). For a constant y_true
     * ({@code SS_tot = 0}): with {@code forceFinite}, 1 for a perfect prediction and 0 otherwise (scikit-learn's
     * default); without, NaN for a perfect prediction (undefined here) and -Infinity otherwise.
     */
    public static MetricValue r2(RegressionOutcomes o, boolean forceFinite) {
        String name = forceFinite ? "r2" : "r2_not_force_finite";
        String problem = problem(o);
        if (problem == null && o.size() < 2) {
            problem = "R² is undefined with fewer than two rows";
        }
        if (problem != null) {
            return MetricValue.undefined(name, o.size(), problem);
        }
        double[] y = o.yTrue();
        double[] w = o.weights();
        double yMean = weightedMean(y, w);
        double residual = 0.0;
        double total = 0.0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - o.yPred()[i];
            double d = y[i] - yMean;
            double wi = Checks.weight(w, i);
            residual += wi * e * e;
            total += wi * d * d;
        }
        return ratioScore(name, residual, total, forceFinite, o.size());
    }

    /** Explained variance ({@code explained_variance_score}) with {@code force_finite=True}. */
    public static MetricValue explainedVariance(RegressionOutcomes o) {
        return explainedVariance(o, true);
    }

    /**
     * Explained variance {@code 1 - Var(y - yhat) / Var(y)} with weighted variances ({@code explained_variance_score}):
     * unlike R² it ignores a constant bias. Constant y_true as in {@link #r2(RegressionOutcomes, boolean)}; one row
     * gives 1 with {@code forceFinite} (0/0 forced, as scikit-learn) and is undefined without.
     */
    public static MetricValue explainedVariance(RegressionOutcomes o, boolean forceFinite) {
        String name = forceFinite ? "explained_variance" : "explained_variance_not_force_finite";
        String problem = problem(o);
        if (problem != null) {
            return MetricValue.undefined(name, o.size(), problem);
        }
        double[] y = o.yTrue();
        double[] yHat = o.yPred();
        double[] w = o.weights();
        int n = y.length;
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = y[i] - yHat[i];
        }
        double diffMean = weightedMean(diff, w);
        double yMean = weightedMean(y, w);
        double weightSum = Checks.totalWeight(w, n);
        double residual = 0.0;
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            double e = diff[i] - diffMean;
            double d = y[i] - yMean;
            double wi = Checks.weight(w, i);
            residual += wi * e * e;
            total += wi * d * d;
        }
        return ratioScore(name, residual / weightSum, total / weightSum, forceFinite, n);
    }

    /**
     * scikit-learn's {@code _assemble_r2_explained_variance} for one output: {@code 1 - residual / total}, with
     * the constant-{@code y_true} conventions of {@link #r2(RegressionOutcomes, boolean)}. Public so that sums
     * merged elsewhere (a distributed job) give the same value.
     */
    public static MetricValue ratioScore(String name, double residual, double total, boolean forceFinite, int n) {
        if (total != 0.0) {
            return MetricValue.of(name, 1.0 - residual / total, n);
        }
        if (forceFinite) {
            return MetricValue.of(name, residual == 0.0 ? 1.0 : 0.0, n);
        }
        if (residual == 0.0) {
            return MetricValue.undefined(name, n, name + " is undefined: y_true is constant and predicted exactly "
                    + "(0/0); the forced-finite value is 1");
        }
        return MetricValue.of(name, Double.NEGATIVE_INFINITY, n);
    }

    /** The per-row loss whose weighted mean a metric is; public so partial sums made elsewhere use the same loss. */
    public enum Residual {
        SQUARED, ABSOLUTE, PERCENTAGE, SYMMETRIC_PERCENTAGE;

        /** The loss of one prediction {@code yHat} of {@code y}. */
        public double of(double y, double yHat) {
            double e = Math.abs(y - yHat);
            return switch (this) {
                case SQUARED -> (y - yHat) * (y - yHat);
                case ABSOLUTE -> e;
                case PERCENTAGE -> e / Math.max(Math.abs(y), MAPE_EPS);
                case SYMMETRIC_PERCENTAGE -> {
                    double scale = Math.abs(y) + Math.abs(yHat);
                    yield scale == 0.0 ? 0.0 : 2.0 * e / scale;
                }
            };
        }
    }

    private static MetricValue mean(RegressionOutcomes o, String name, Residual residual) {
        String problem = problem(o);
        if (problem != null) {
            return MetricValue.undefined(name, o.size(), problem);
        }
        double[] w = o.weights();
        double sum = 0.0;
        for (int i = 0; i < o.size(); i++) {
            sum += Checks.weight(w, i) * residual.of(o.yTrue()[i], o.yPred()[i]);
        }
        return MetricValue.of(name, sum / Checks.totalWeight(w, o.size()), o.size());
    }

    /** Why no weighted mean exists (no rows, zero total weight, NaN values), or {@code null}. */
    private static String problem(RegressionOutcomes o) {
        if (o.size() == 0) {
            return "no rows";
        }
        if (!(Checks.totalWeight(o.weights(), o.size()) != 0.0)) {
            return "the sample weights sum to zero";
        }
        String nan = Checks.nanProblem("y_true", o.yTrue());
        return nan != null ? nan : Checks.nanProblem("y_pred", o.yPred());
    }

    private static double weightedMean(double[] values, double[] weights) {
        double sum = 0.0;
        for (int i = 0; i < values.length; i++) {
            sum += Checks.weight(weights, i) * values[i];
        }
        return sum / Checks.totalWeight(weights, values.length);
    }

    private static MetricValue rename(MetricValue v, String name) {
        return new MetricValue(name, v.value(), v.n(), v.undefinedReason());
    }
}
