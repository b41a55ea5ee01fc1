package dev.greenlight.baseline;

import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;

/**
 * A simple, honest model the real one must beat. It learns from the training labels and predicts the test rows;
 * the result has the test set's truth with the baseline's predictions, so every metric is computed on it exactly as
 * on the model's outcomes.
 */
public interface Baseline {

    /** Stable key, e.g. {@code most_frequent}. */
    String name();

    /** What it predicts, in plain words, citing the reference it matches (e.g. scikit-learn's DummyClassifier). */
    String description();

    boolean appliesTo(Task task);

    /**
     * Learns from {@code train} and predicts the rows of {@code test}.
     *
     * @param test the model's test outcomes: their truth, labels and weights are kept, their predictions replaced
     */
    Outcomes predict(TrainingTruth train, Outcomes test);
}
