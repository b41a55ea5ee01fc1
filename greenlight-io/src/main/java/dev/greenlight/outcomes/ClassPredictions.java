package dev.greenlight.outcomes;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ModelOutput;
import dev.greenlight.metrics.PredictedClass;

import java.util.List;

/**
 * A classifier's predictions restated over the data's labels: a predicted label per row and, when the model gives
 * them, one probability column per label in the data's order. Probability columns the model does not name are the
 * labels in sorted order (scikit-learn's {@code classes_}); a label the model has no column for gets probability 0.
 * A model without labels predicts them from its probabilities: binary, the positive class from the threshold on;
 * multiclass, the first most probable class ({@code numpy.argmax}).
 *
 * @param labels        predicted label per row
 * @param probabilities per data label, the probability per row; null when the model gives none
 */
public record ClassPredictions(String[] labels, double[][] probabilities) {

    /**
     * @param threshold binary: the score from which the positive class is predicted
     * @param model     the model's name, for messages
     */
    public static ClassPredictions of(ModelOutput p, ClassLabels data, double threshold, String model) {
        List<String> dataLabels = data.labels();
        double[][] probs = null;
        if (p.probabilities() != null) {
            List<String> named = p.classes();
            if (named == null) {
                if (p.probabilities().length != dataLabels.size()) {
                    throw new InvalidDataException("model '" + model + "' gives " + p.probabilities().length
                            + " class probabilities per row without naming the classes, but the data has "
                            + dataLabels.size() + " labels " + dataLabels + "; name them under outputs.classes");
                }
                named = dataLabels;
            }
            for (String c : named) {
                if (!dataLabels.contains(c)) {
                    throw new InvalidDataException("model '" + model + "' gives a probability for the class '" + c
                            + "', which is not one of the labels " + dataLabels + "; check outputs.classes");
                }
            }
            probs = new double[dataLabels.size()][];
            for (int k = 0; k < probs.length; k++) {
                int j = named.indexOf(dataLabels.get(k));
                probs[k] = j >= 0 ? p.probabilities()[j] : new double[p.rows()];
            }
        }
        String[] labels = p.labels();
        if (labels == null) {
            if (probs == null) {
                throw new InvalidDataException("model '" + model + "' gives neither labels nor class probabilities");
            }
            int[] classes = data.positive() != null
                    ? PredictedClass.atThreshold(probs[data.positiveIndex()], data.positiveIndex(), threshold)
                    : PredictedClass.argmax(probs);
            labels = new String[classes.length];
            for (int i = 0; i < classes.length; i++) {
                labels[i] = dataLabels.get(classes[i]);
            }
        }
        return new ClassPredictions(labels, probs);
    }

    /** The probabilities of the class at {@code index}, or null when the model gives none. */
    public double[] scoresOf(int index) {
        return probabilities == null ? null : probabilities[index];
    }
}
