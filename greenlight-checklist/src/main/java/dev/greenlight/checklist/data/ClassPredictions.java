package dev.greenlight.checklist.data;

import dev.greenlight.model.ModelException;
import dev.greenlight.model.Predictions;

import java.util.List;

/**
 * A classifier's predictions restated over the data's labels: a predicted label per row and, when the model gives
 * them, one probability column per label in the data's order. Probability columns the model does not name are the
 * labels in sorted order (scikit-learn's {@code classes_}); a label the model has no column for gets probability 0.
 *
 * @param labels        predicted label per row
 * @param probabilities per data label, the probability per row; null when the model gives none
 */
record ClassPredictions(String[] labels, double[][] probabilities) {

    /**
     * @param dataLabels the labels in sorted order
     * @param positive   binary: the positive label (a model without labels predicts it from {@code threshold} on);
     *                   null for multiclass (the most probable label is predicted)
     */
    static ClassPredictions of(Predictions p, List<String> dataLabels, String positive, double threshold,
                               String model) {
        double[][] probs = null;
        if (p.hasProbabilities()) {
            List<String> named = p.classes();
            if (named == null) {
                if (p.probabilities().length != dataLabels.size()) {
                    throw new ModelException("model '" + model + "' gives " + p.probabilities().length + " class "
                            + "probabilities per row without naming the classes, but the data has "
                            + dataLabels.size() + " labels " + dataLabels + "; name them under outputs.classes");
                }
                named = dataLabels;
            }
            for (String c : named) {
                if (!dataLabels.contains(c)) {
                    throw new ModelException("model '" + model + "' gives a probability for the class '" + c + "', "
                            + "which is not one of the labels " + dataLabels + "; check outputs.classes");
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
                throw new ModelException("model '" + model + "' gives neither labels nor class probabilities");
            }
            labels = positive != null ? thresholded(probs, dataLabels, positive, threshold) : argmax(probs,
                    dataLabels);
        }
        return new ClassPredictions(labels, probs);
    }

    private static String[] thresholded(double[][] probs, List<String> labels, String positive, double threshold) {
        int pos = labels.indexOf(positive);
        String negative = labels.get(1 - pos);
        String[] out = new String[probs[pos].length];
        for (int i = 0; i < out.length; i++) {
            out[i] = probs[pos][i] >= threshold ? positive : negative;
        }
        return out;
    }

    /** The most probable label; ties go to the first in label order, as numpy's argmax. */
    private static String[] argmax(double[][] probs, List<String> labels) {
        String[] out = new String[probs[0].length];
        for (int i = 0; i < out.length; i++) {
            int best = 0;
            for (int k = 1; k < probs.length; k++) {
                if (probs[k][i] > probs[best][i]) {
                    best = k;
                }
            }
            out[i] = labels.get(best);
        }
        return out;
    }

    /** The positive label's probabilities, or null when the model gives none. */
    double[] scoresOf(List<String> dataLabels, String label) {
        return probabilities == null ? null : probabilities[dataLabels.indexOf(label)];
    }
}
