package dev.greenlight.model;

import dev.greenlight.metrics.Task;

import java.util.List;

/**
 * What a loader needs besides the model's declaration.
 *
 * @param task     what the model predicts: it decides which outputs are read (labels and probabilities, or values)
 * @param features the feature columns in data order, fed to a model whose declaration lists no {@code inputs}
 */
public record ModelContext(Task task, List<String> features) {

    public ModelContext {
        features = List.copyOf(features);
    }
}
