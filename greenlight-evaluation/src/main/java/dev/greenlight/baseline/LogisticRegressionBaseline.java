package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Task;

/**
 * L2-regularised logistic regression ({@code C} = {@link #C}) on the standardised numeric features and one-hot
 * categorical features ({@link FeatureEncoding}), at the exact optimum of
 * {@code sum_i -log p(y_i | x_i) + ||w||^2 / (2C)}, intercept not penalised: scikit-learn's
 * {@code LogisticRegression(penalty='l2', C=1.0)} after {@code StandardScaler} fitted on the training rows, binary
 * for two classes and multinomial for more. Sample weights weight each row's loss.
 *
 * <p>It learns from the classes present in training: a class absent there gets probability 0, and with a single
 * training class the baseline predicts it with the training shares as scores (the most frequent class baseline).
 * Predicted labels: binary, the positive class when its probability exceeds 0.5 (scikit-learn's
 * {@code decision_function > 0}); multiclass, the first most probable class.
 */
final class LogisticRegressionBaseline implements Baseline {
    /** scikit-learn's default inverse regularisation strength. */
    public static final double C = 1.0;

    @Override
    public String name() {
        return "logistic_regression";
    }

    @Override
    public String description() {
        return "L2 logistic regression (C = 1) on standardised numeric and one-hot categorical features "
                + "(scikit-learn StandardScaler + LogisticRegression, solved to the exact optimum)";
    }

    @Override
    public boolean appliesTo(Task task) {
        return task.isClassification();
    }

    @Override
    public BaselineFit fit(BaselineInput input) {
        ClassificationOutcomes t = (ClassificationOutcomes) input.test();
        TrainingTruth train = input.train();
        int[] present = presentClasses(train, t.classCount());
        if (present.length < 2) {
            ClassShares shares = ClassShares.of(train, t.classCount());
            return BaselineFit.of(MostFrequentClass.withPrior(t, shares.majority(), shares), "only the class '"
                    + t.labels().get(shares.majority()) + "' occurs in training, so it predicts that class");
        }
        FeatureEncoding design = FeatureEncoding.of(input, true);
        String summary = "logistic regression on " + design.describe();
        int n = t.size();
        if (t.isBinary()) {
            double[] y = new double[train.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = train.classes()[i] == t.positive() ? 1.0 : 0.0;
            }
            LogisticModel model = LogisticModel.binary(design.train(), y, train.weights(), C);
            double[] z = model.decision(design.test(), n);
            double[] scores = new double[n];
            int[] yPred = new int[n];
            for (int i = 0; i < n; i++) {
                scores[i] = BinaryLogisticLoss.sigmoid(z[i]);
                yPred[i] = z[i] > 0 ? t.positive() : 1 - t.positive();
            }
            return BaselineFit.of(ClassificationOutcomes.binary(t.labels(), t.positive(), t.yTrue(), yPred, scores,
                    t.weights()), summary);
        }
        int[] compact = new int[t.classCount()];
        for (int k = 0; k < present.length; k++) {
            compact[present[k]] = k;
        }
        int[] y = new int[train.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = compact[train.classes()[i]];
        }
        LogisticModel model = LogisticModel.multinomial(design.train(), y, present.length, train.weights(), C);
        double[][] fitted = model.probabilities(design.test(), n);
        double[][] probs = new double[t.classCount()][];
        for (int k = 0; k < probs.length; k++) {
            probs[k] = new double[n];
        }
        for (int k = 0; k < present.length; k++) {
            probs[present[k]] = fitted[k];
        }
        int[] yPred = dev.greenlight.metrics.PredictedClass.argmax(probs);
        return BaselineFit.of(ClassificationOutcomes.multiclass(t.labels(), t.yTrue(), yPred, probs, t.weights()),
                summary);
    }

    /** The classes with training rows, ascending. */
    static int[] presentClasses(TrainingTruth train, int classes) {
        boolean[] seen = new boolean[classes];
        int count = 0;
        for (int c : train.classes()) {
            if (!seen[c]) {
                seen[c] = true;
                count++;
            }
        }
        int[] out = new int[count];
        int j = 0;
        for (int k = 0; k < classes; k++) {
            if (seen[k]) {
                out[j++] = k;
            }
        }
        return out;
    }
}
