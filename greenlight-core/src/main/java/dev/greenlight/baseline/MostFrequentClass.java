package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;

import java.util.Arrays;

/**
 * Predicts the most frequent training class for every row, with the training class shares as probabilities:
 * scikit-learn's {@code DummyClassifier(strategy="prior")} (whose predicted labels equal "most_frequent"). Ties
 * go to the first class in label order, as numpy's argmax does.
 */
public final class MostFrequentClass implements Baseline {

    @Override
    public String name() {
        return "most_frequent";
    }

    @Override
    public String description() {
        return "most frequent training class, training class shares as scores (scikit-learn DummyClassifier, "
                + "strategy='prior')";
    }

    @Override
    public boolean appliesTo(Task task) {
        return task.isClassification();
    }

    @Override
    public Outcomes predict(TrainingTruth train, Outcomes test) {
        ClassificationOutcomes t = (ClassificationOutcomes) test;
        int k = t.classCount();
        double[] mass = new double[k];
        double total = 0;
        for (int i = 0; i < train.size(); i++) {
            mass[train.classes()[i]] += train.weight(i);
            total += train.weight(i);
        }
        int majority = 0;
        for (int c = 1; c < k; c++) {
            if (mass[c] > mass[majority]) {
                majority = c;
            }
        }
        int n = t.size();
        int[] yPred = new int[n];
        Arrays.fill(yPred, majority);
        if (t.isBinary()) {
            double[] scores = new double[n];
            Arrays.fill(scores, mass[t.positive()] / total);
            return ClassificationOutcomes.binary(t.labels(), t.positive(), t.yTrue(), yPred, scores, t.weights());
        }
        double[][] probs = new double[k][n];
        for (int c = 0; c < k; c++) {
            Arrays.fill(probs[c], mass[c] / total);
        }
        return ClassificationOutcomes.multiclass(t.labels(), t.yTrue(), yPred, probs, t.weights());
    }
}
