package dev.greenlight.model;

import dev.greenlight.error.InvalidDataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a model said about a batch of rows, in row order. A classifier gives labels, class probabilities or both; a
 * regressor gives values. Arrays are shared, not copied: callers must not change them.
 *
 * @param rows          how many rows were scored
 * @param labels        predicted class per row as text (as the data would write it: {@code 1}, not {@code 1.0}),
 *                      or null
 * @param classes       the class of each probability column, or null when the model does not name them (then
 *                      column k is the k-th label in sorted order, as scikit-learn's {@code classes_})
 * @param probabilities class probabilities as {@code [class][row]}, or null
 * @param values        regression: predicted value per row, or null
 */
public record Predictions(int rows, String[] labels, List<String> classes, double[][] probabilities,
                          double[] values) implements dev.greenlight.metrics.ModelOutput {

    public Predictions {
        if (labels == null && probabilities == null && values == null) {
            throw new InvalidDataException("predictions hold neither labels, probabilities nor values");
        }
        check(labels == null ? rows : labels.length, rows, "labels");
        check(values == null ? rows : values.length, rows, "values");
        if (probabilities != null) {
            for (double[] p : probabilities) {
                check(p.length, rows, "probabilities");
            }
            if (classes != null && classes.size() != probabilities.length) {
                throw new InvalidDataException(classes.size() + " classes named for " + probabilities.length
                        + " probability columns");
            }
        }
        classes = classes == null ? null : List.copyOf(classes);
    }

    private static void check(int length, int rows, String what) {
        if (length != rows) {
            throw new InvalidDataException(length + " " + what + " for " + rows + " rows");
        }
    }

    public static Predictions ofValues(double[] values) {
        return new Predictions(values.length, null, null, null, values);
    }

    public static Predictions ofClasses(String[] labels, List<String> classes, double[][] probabilities) {
        int rows = labels != null ? labels.length : probabilities[0].length;
        return new Predictions(rows, labels, classes, probabilities, null);
    }

    public boolean hasLabels() {
        return labels != null;
    }

    public boolean hasProbabilities() {
        return probabilities != null;
    }

    public boolean hasValues() {
        return values != null;
    }

    /** The same predictions with their probability columns named; no change when they are named already. */
    public Predictions withClasses(List<String> names) {
        if (probabilities == null || classes != null) {
            return this;
        }
        return new Predictions(rows, labels, names, probabilities, values);
    }

    /** Predictions of consecutive batches as one, in order. */
    public static Predictions concat(List<Predictions> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Predictions first = parts.get(0);
        int n = parts.stream().mapToInt(Predictions::rows).sum();
        String[] labels = first.labels == null ? null : new String[n];
        double[] values = first.values == null ? null : new double[n];
        double[][] probs = first.probabilities == null ? null : new double[first.probabilities.length][n];
        int at = 0;
        for (Predictions p : parts) {
            requireSameShape(first, p);
            if (labels != null) {
                System.arraycopy(p.labels, 0, labels, at, p.rows);
            }
            if (values != null) {
                System.arraycopy(p.values, 0, values, at, p.rows);
            }
            if (probs != null) {
                for (int k = 0; k < probs.length; k++) {
                    System.arraycopy(p.probabilities[k], 0, probs[k], at, p.rows);
                }
            }
            at += p.rows;
        }
        return new Predictions(n, labels, first.classes, probs, values);
    }

    private static void requireSameShape(Predictions a, Predictions b) {
        boolean same = (a.labels == null) == (b.labels == null) && (a.values == null) == (b.values == null)
                && (a.probabilities == null) == (b.probabilities == null)
                && (a.probabilities == null || a.probabilities.length == b.probabilities.length)
                && Objects.equals(a.classes, b.classes);
        if (!same) {
            throw new ModelException("the model's batches differ in what they hold: " + a.describe() + ", then "
                    + b.describe());
        }
    }

    /** What the predictions hold, for messages, e.g. {@code labels and 2 class probabilities}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (labels != null) {
            parts.add("labels");
        }
        if (probabilities != null) {
            parts.add(probabilities.length + " class probabilities" + (classes == null ? "" : " " + classes));
        }
        if (values != null) {
            parts.add("values");
        }
        return String.join(" and ", parts);
    }

    @Override
    public String toString() {
        return "Predictions[" + rows + " rows, " + describe() + (labels == null ? ""
                : ", labels " + Arrays.toString(Arrays.copyOf(labels, Math.min(5, rows)))) + "]";
    }
}
