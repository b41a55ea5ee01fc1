package dev.greenlight.baseline;

import dev.greenlight.error.InvalidDataException;

/**
 * The training labels a baseline learns from.
 *
 * @param classes classification: class index per training row (into the outcomes' labels), else null
 * @param values  regression: true value per training row, else null
 * @param weights sample weights, or null
 */
public record TrainingTruth(int[] classes, double[] values, double[] weights) {

    public TrainingTruth {
        if ((classes == null) == (values == null)) {
            throw new InvalidDataException("give either class labels or values");
        }
        int n = classes != null ? classes.length : values.length;
        if (n == 0) {
            throw new InvalidDataException("no training rows");
        }
        if (weights != null && weights.length != n) {
            throw new InvalidDataException("weights have " + weights.length + " rows, labels " + n);
        }
    }

    public int size() {
        return classes != null ? classes.length : values.length;
    }

    public double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }
}
