package dev.greenlight.baseline;

import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.text.Figures;

import java.util.Arrays;

/** Predicts the (weighted) mean of the training target: scikit-learn's {@code DummyRegressor(strategy="mean")}. */
final class TrainMean implements Baseline {

    @Override
    public String name() {
        return "train_mean";
    }

    @Override
    public String description() {
        return "mean of the training target (scikit-learn DummyRegressor, strategy='mean')";
    }

    @Override
    public boolean appliesTo(Task task) {
        return !task.isClassification();
    }

    @Override
    public BaselineFit fit(BaselineInput input) {
        double mean = mean(input.train());
        return BaselineFit.of(constant((RegressionOutcomes) input.test(), mean),
                "predicts the training mean " + Figures.format(mean) + " for every row");
    }

    /** The weighted mean of the training values. */
    static double mean(TrainingTruth train) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < train.size(); i++) {
            sum += train.weight(i) * train.values()[i];
            weight += train.weight(i);
        }
        return sum / weight;
    }

    /** The test truth with one value predicted for every row. */
    static RegressionOutcomes constant(RegressionOutcomes test, double value) {
        double[] pred = new double[test.size()];
        Arrays.fill(pred, value);
        return new RegressionOutcomes(test.yTrue(), pred, test.weights());
    }
}
