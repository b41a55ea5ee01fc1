package dev.greenlight.io;

import dev.greenlight.metrics.Task;
import dev.greenlight.outcomes.OutcomeSpec;

import java.util.Objects;

/**
 * Which columns of a data file hold the truth and a model's output, as the command line's flags name them.
 *
 * @param task          what the model predicts
 * @param target        the true label or value
 * @param prediction    the predicted label (classification) or value (regression), or null
 * @param score         binary: the positive class's probability, or null
 * @param probaPrefix   multiclass: probability columns are this prefix followed by the class label, or null
 * @param weight        sample weights, or null
 * @param positiveLabel binary: the positive class, or null for the last label in sorted order (scikit-learn's
 *                      {@code pos_label=1} for 0/1 labels)
 */
public record OutcomeColumns(Task task, String target, String prediction, String score, String probaPrefix,
                             String weight, String positiveLabel) {

    public OutcomeColumns {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(target, "target");
    }

    /** The same columns as an {@link OutcomeSpec}, the type the outcomes package reads by. */
    public OutcomeSpec toSpec() {
        return OutcomeSpec.fromFlags(task, target, prediction, score, probaPrefix, weight, positiveLabel);
    }
}
