package dev.greenlight.metrics;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Every case and key of {@code testdata/oracle/regression.json} (scikit-learn 1.2.1). */
class RegressionGoldenTest {

    @TestFactory
    Stream<DynamicContainer> regression() {
        Map<String, Golden.Check<RegressionOutcomes>> checks = new HashMap<>();
        for (String name : new String[] {"mse", "rmse", "mae", "median_absolute_error", "r2", "explained_variance",
                "mape", "max_error"}) {
            checks.put(name, (c, o, key) -> Golden.scalar(c, key, MetricCatalog.compute(Task.REGRESSION, name, o)));
        }
        checks.put("r2_not_force_finite", direct(o -> RegressionErrors.r2(o, false)));
        checks.put("explained_variance_not_force_finite", direct(o -> RegressionErrors.explainedVariance(o, false)));
        return Golden.tests("regression", OracleOutcomes::regression, checks);
    }

    private static Golden.Check<RegressionOutcomes> direct(Function<RegressionOutcomes, MetricValue> metric) {
        return (c, o, key) -> Golden.scalar(c, key, metric.apply(o));
    }
}
