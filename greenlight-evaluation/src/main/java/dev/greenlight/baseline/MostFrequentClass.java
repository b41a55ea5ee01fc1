package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.text.Figures;

import java.util.Arrays;

/**
 * Predicts the most frequent training class for every row, with the training class shares as probabilities:
 * scikit-learn's {@code DummyClassifier(strategy="prior")} (whose predicted labels equal "most_frequent"). Ties
 * go to the first class in label order, as numpy's argmax does.
 */
final class MostFrequentClass implements Baseline {

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
    public BaselineFit fit(BaselineInput input) {
        ClassificationOutcomes t = (ClassificationOutcomes) input.test();
        ClassShares shares = ClassShares.of(input.train(), t.classCount());
        int majority = shares.majority();
        String summary = "predicts '" + t.labels().get(majority) + "' for every row ("
                + Figures.percent(shares.share(majority)) + " of the training rows)";
        return BaselineFit.of(withPrior(t, majority, shares), summary);
    }

    /** The test truth with one predicted class and the training class shares as every row's scores. */
    static Outcomes withPrior(ClassificationOutcomes t, int majority, ClassShares shares) {
        int k = t.classCount();
        int n = t.size();
        int[] yPred = new int[n];
        Arrays.fill(yPred, majority);
        double[][] probs = new double[k][n];
        for (int c = 0; c < k; c++) {
            Arrays.fill(probs[c], shares.share(c));
        }
        return Predicted.classes(t, yPred, probs);
    }
}
