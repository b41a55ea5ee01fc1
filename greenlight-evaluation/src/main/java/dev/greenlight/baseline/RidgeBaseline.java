package dev.greenlight.baseline;

import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;

/**
 * Ridge regression ({@code alpha} = {@link #ALPHA}) on the standardised numeric features and one-hot categorical
 * features ({@link FeatureEncoding}), in closed form ({@link RidgeModel}): scikit-learn's {@code StandardScaler}
 * fitted on the training rows, then {@code Ridge(alpha=1.0)}. With no usable feature it predicts the training mean.
 */
final class RidgeBaseline implements Baseline {
    /** scikit-learn's default penalty. */
    public static final double ALPHA = 1.0;

    @Override
    public String name() {
        return "ridge";
    }

    @Override
    public String description() {
        return "ridge regression (alpha = 1) on standardised numeric and one-hot categorical features "
                + "(scikit-learn StandardScaler + Ridge)";
    }

    @Override
    public boolean appliesTo(Task task) {
        return !task.isClassification();
    }

    @Override
    public BaselineFit fit(BaselineInput input) {
        RegressionOutcomes t = (RegressionOutcomes) input.test();
        FeatureEncoding design = FeatureEncoding.of(input, true);
        RidgeModel model = RidgeModel.fit(design.train(), input.train().values(), input.train().weights(), ALPHA);
        double[] pred = model.predict(design.test(), t.size());
        return BaselineFit.of(new RegressionOutcomes(t.yTrue(), pred, t.weights()),
                "ridge regression on " + design.describe());
    }
}
