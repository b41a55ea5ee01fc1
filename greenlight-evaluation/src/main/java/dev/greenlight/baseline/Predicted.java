package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;

/** Test outcomes with a baseline's predictions in place of the model's. */
final class Predicted {
    private Predicted() {
    }

    /**
     * The test truth, labels and weights with the given predicted classes and per-class scores
     * ({@code scores[k][i]}); a binary outcome keeps the positive class's column only.
     */
    static ClassificationOutcomes classes(ClassificationOutcomes test, int[] yPred, double[][] scores) {
        return test.isBinary()
                ? ClassificationOutcomes.binary(test.labels(), test.positive(), test.yTrue(), yPred,
                scores[test.positive()], test.weights())
                : ClassificationOutcomes.multiclass(test.labels(), test.yTrue(), yPred, scores, test.weights());
    }
}
