package dev.greenlight.fairness;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ClassificationOutcomes;

/**
 * The rates of a binary classifier on one group, as Fairlearn's {@code MetricFrame} reports them by group, each a
 * {@link Rate} with its Wilson interval (weighted rows give weighted rates without intervals).
 *
 * @param group             the group's label, e.g. {@code sex=F}
 * @param n                 rows in the group
 * @param selectionRate     share predicted positive (Fairlearn {@code selection_rate})
 * @param truePositiveRate  predicted positive among the truly positive ({@code true_positive_rate})
 * @param falsePositiveRate predicted positive among the truly negative ({@code false_positive_rate})
 * @param precision         truly positive among the predicted positive
 * @param accuracy          correct predictions
 */
public record GroupRates(String group, int n, Rate selectionRate, Rate truePositiveRate, Rate falsePositiveRate,
                         Rate precision, Rate accuracy) {

    /** The rates of the given outcomes, which hold one group's rows. */
    public static GroupRates of(String group, ClassificationOutcomes o) {
        if (!o.isBinary()) {
            throw new InvalidDataException("group rates need a binary task");
        }
        int[] pred = o.predictions();
        if (pred == null) {
            throw new InvalidDataException("group rates need predicted labels or scores");
        }
        double[] w = o.weights();
        double tp = 0;
        double fp = 0;
        double tn = 0;
        double fn = 0;
        for (int i = 0; i < o.size(); i++) {
            double wi = w == null ? 1 : w[i];
            boolean truth = o.isPositive(i);
            boolean predicted = pred[i] == o.positive();
            if (truth && predicted) {
                tp += wi;
            } else if (truth) {
                fn += wi;
            } else if (predicted) {
                fp += wi;
            } else {
                tn += wi;
            }
        }
        boolean weighted = w != null;
        double all = tp + fp + tn + fn;
        return new GroupRates(group, o.size(), Rate.of(tp + fp, all, weighted), Rate.of(tp, tp + fn, weighted),
                Rate.of(fp, fp + tn, weighted), Rate.of(tp, tp + fp, weighted), Rate.of(tp + tn, all, weighted));
    }
}
