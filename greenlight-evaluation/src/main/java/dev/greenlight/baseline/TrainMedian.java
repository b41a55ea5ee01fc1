package dev.greenlight.baseline;

import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.text.Figures;

import java.util.Arrays;

/**
 * Predicts the median of the training target: scikit-learn's {@code DummyRegressor(strategy="median")} (numpy's
 * median, the mean of the two middle values for an even count). Weights are ignored, as the unweighted median is
 * what the baseline names; they still weight the test metrics.
 */
final class TrainMedian implements Baseline {

    @Override
    public String name() {
        return "train_median";
    }

    @Override
    public String description() {
        return "median of the training target (scikit-learn DummyRegressor, strategy='median')";
    }

    @Override
    public boolean appliesTo(Task task) {
        return !task.isClassification();
    }

    @Override
    public BaselineFit fit(BaselineInput input) {
        double[] v = input.train().values().clone();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
        return BaselineFit.of(TrainMean.constant((RegressionOutcomes) input.test(), median),
                "predicts the training median " + Figures.format(median) + " for every row");
    }
}
