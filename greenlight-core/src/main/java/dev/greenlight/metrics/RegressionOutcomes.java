package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.Objects;

/**
 * True and predicted values of a regressor or forecaster.
 *
 * @param yTrue   true values
 * @param yPred   predicted values, same length
 * @param weights per-row sample weights, or {@code null}
 */
public record RegressionOutcomes(double[] yTrue, double[] yPred, double[] weights) implements Outcomes {

    public RegressionOutcomes {
        Objects.requireNonNull(yTrue, "yTrue");
        Objects.requireNonNull(yPred, "yPred");
        if (yPred.length != yTrue.length) {
            throw new InvalidDataException("y_pred has " + yPred.length + " rows, y_true has " + yTrue.length);
        }
        if (weights != null && weights.length != yTrue.length) {
            throw new InvalidDataException("weights have " + weights.length + " rows, y_true has "
                    + yTrue.length);
        }
    }

    public static RegressionOutcomes of(double[] yTrue, double[] yPred) {
        return new RegressionOutcomes(yTrue, yPred, null);
    }

    @Override
    public int size() {
        return yTrue.length;
    }

    @Override
    public RegressionOutcomes select(int[] rows) {
        return new RegressionOutcomes(Arrays2.select(yTrue, rows), Arrays2.select(yPred, rows),
                Arrays2.select(weights, rows));
    }
}
