package dev.greenlight.metrics;

import java.util.List;

/**
 * What a model said about each row of a table, in row order: predicted labels, class probabilities or predicted
 * values (at least one). {@code dev.greenlight.model.Predictions} is one; the outcomes package needs no model code,
 * and the model module no outcomes code.
 */
public interface ModelOutput {
    /** How many rows were scored. */
    int rows();

    /** Predicted class per row as text, or null. */
    String[] labels();

    /**
     * The class of each probability column, or null when the model does not name them (then column k is the k-th
     * label in sorted order, as scikit-learn's {@code classes_}).
     */
    List<String> classes();

    /** Class probabilities as {@code [class][row]}, or null. */
    double[][] probabilities();

    /** Regression: predicted value per row, or null. */
    double[] values();
}
