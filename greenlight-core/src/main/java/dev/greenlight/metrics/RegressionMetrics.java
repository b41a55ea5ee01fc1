package dev.greenlight.metrics;

import java.util.List;
import java.util.function.Function;

import static dev.greenlight.metrics.Direction.HIGHER_IS_BETTER;
import static dev.greenlight.metrics.Direction.LOWER_IS_BETTER;

/** The regression (and forecast) metrics of the catalogue; definitions in {@link RegressionErrors}. */
final class RegressionMetrics {
    private RegressionMetrics() {
    }

    static List<Metric<RegressionOutcomes>> all() {
        return List.of(
                metric("mse", "mean squared error (mean_squared_error)", LOWER_IS_BETTER, RegressionErrors::mse),
                metric("rmse", "root mean squared error (mean_squared_error, squared=False)", LOWER_IS_BETTER,
                        RegressionErrors::rmse),
                metric("mae", "mean absolute error (mean_absolute_error)", LOWER_IS_BETTER, RegressionErrors::mae),
                metric("median_absolute_error", "median absolute error (median_absolute_error)", LOWER_IS_BETTER,
                        RegressionErrors::medianAbsoluteError),
                metric("r2", "coefficient of determination, forced finite (r2_score)", HIGHER_IS_BETTER,
                        RegressionErrors::r2),
                metric("explained_variance", "explained variance, forced finite (explained_variance_score)",
                        HIGHER_IS_BETTER, RegressionErrors::explainedVariance),
                metric("mape", "mean absolute percentage error as a fraction (mean_absolute_percentage_error)",
                        LOWER_IS_BETTER, RegressionErrors::mape),
                metric("smape", "symmetric mean absolute percentage error as a fraction in [0, 2]",
                        LOWER_IS_BETTER, RegressionErrors::smape),
                metric("max_error", "largest absolute error, unweighted (max_error)", LOWER_IS_BETTER,
                        RegressionErrors::maxError));
    }

    private static Metric<RegressionOutcomes> metric(String name, String description, Direction direction,
                                                     Function<RegressionOutcomes, MetricValue> function) {
        return new NamedMetric<>(name, description, direction, false, function);
    }
}
