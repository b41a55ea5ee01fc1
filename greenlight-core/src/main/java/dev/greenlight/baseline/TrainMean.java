package dev.greenlight.baseline;

import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;

import java.util.Arrays;

/** Predicts the (weighted) mean of the training target: scikit-learn's {@code DummyRegressor(strategy="mean")}. */
public final class TrainMean implements Baseline {

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
    public Outcomes predict(TrainingTruth train, Outcomes test) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < train.size(); i++) {
            sum += train.weight(i) * train.values()[i];
            weight += train.weight(i);
        }
        RegressionOutcomes t = (RegressionOutcomes) test;
        double[] pred = new double[t.size()];
        Arrays.fill(pred, sum / weight);
        return new RegressionOutcomes(t.yTrue(), pred, t.weights());
    }
}
