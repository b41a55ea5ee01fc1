package dev.greenlight.baseline;

import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;

/**
 * A simple, honest model the real one must beat. It learns from the training rows and predicts the test rows; the
 * result has the test set's truth with the baseline's predictions, so every metric is computed on it exactly as on
 * the model's outcomes.
 *
 * <p>Missing feature values, for every baseline that reads features: a numeric value is replaced by the (weighted)
 * training mean of the feature, and the linear models get a 0/1 "missing" indicator column for each numeric
 * feature with missing training values; a missing category is a category of its own. A test category never seen in
 * training activates no one-hot column (scikit-learn's {@code handle_unknown='ignore'}).
 */
public interface Baseline {

    /** Stable key, e.g. {@code most_frequent}. */
    String name();

    /** What it predicts, in plain words, citing the reference it matches (e.g. scikit-learn's DummyClassifier). */
    String description();

    boolean appliesTo(Task task);

    /** Learns from the training rows of {@code input} and predicts its test rows, saying what it learnt. */
    BaselineFit fit(BaselineInput input);

    /**
     * The test outcomes with the baseline's predictions: {@link #fit}'s outcomes.
     *
     * @param input the training truth and features, and the model's test outcomes: their truth, labels and weights
     *              are kept, their predictions replaced
     */
    default Outcomes predict(BaselineInput input) {
        return fit(input).outcomes();
    }
}
