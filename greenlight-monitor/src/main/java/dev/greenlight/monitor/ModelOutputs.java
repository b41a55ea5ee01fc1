package dev.greenlight.monitor;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.table.Column;
import dev.greenlight.table.Columns;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's outputs and the truth of one period, read from its table with the classes fixed by the reference, so
 * every chunk of both periods is evaluated on the same labels (scikit-learn's sorted order, as {@code greenlight
 * metrics} uses). Scores must be probabilities in [0, 1]: CBPE reads them as such.
 */
final class ModelOutputs {
    final int rows;
    /** Binary: the positive class's score per row; null without scores. */
    final double[] scores;
    /** Multiclass: per class, the score per row; null without probability columns. */
    final double[][] probabilities;
    /** Classification: predicted class per row; null without predictions. */
    final int[] predictedClass;
    /** Regression: predicted value per row. */
    final double[] predictedValue;

    private ModelOutputs(int rows, double[] scores, double[][] probabilities, int[] predictedClass,
                         double[] predictedValue) {
        this.rows = rows;
        this.scores = scores;
        this.probabilities = probabilities;
        this.predictedClass = predictedClass;
        this.predictedValue = predictedValue;
    }

    static ModelOutputs read(Table t, MonitorColumns c, ClassSet classes, String what) {
        if (c.isRegression()) {
            return new ModelOutputs(t.rowCount(), null, null, null, numbers(t, c.prediction(), what, "predicted value"));
        }
        double[] scores = null;
        double[][] probs = null;
        if (classes.isBinary() && c.score() != null) {
            scores = probabilities(t, c.score(), what);
        } else if (c.probaPrefix() != null) {
            probs = new double[classes.size()][];
            for (int k = 0; k < classes.size(); k++) {
                probs[k] = probabilities(t, c.probaPrefix() + classes.label(k), what);
            }
            if (classes.isBinary()) {
                scores = probs[classes.positive()];
                probs = null;
            }
        }
        int[] pred = c.prediction() == null ? null : classes.encode(t, c.prediction(), what, "predicted label");
        return new ModelOutputs(t.rowCount(), scores, probs, pred, null);
    }

    /** The outcomes of the given rows with their truth (classes or values, aligned with those rows). */
    Outcomes outcomes(ClassSet classes, int[] rows, int[] yTrue, double[] yValue) {
        if (predictedValue != null) {
            double[] pred = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                pred[i] = predictedValue[rows[i]];
            }
            return new RegressionOutcomes(yValue, pred, null);
        }
        int[] yPred = predictedClass == null ? null : pick(predictedClass, rows);
        if (classes.isBinary()) {
            return ClassificationOutcomes.binary(classes.labels(), classes.positive(), yTrue, yPred,
                    scores == null ? null : pick(scores, rows), null);
        }
        double[][] p = null;
        if (probabilities != null) {
            p = new double[probabilities.length][];
            for (int k = 0; k < p.length; k++) {
                p[k] = pick(probabilities[k], rows);
            }
        }
        return ClassificationOutcomes.multiclass(classes.labels(), yTrue, yPred, p, null);
    }

    static int[] pick(int[] v, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    static double[] numbers(Table t, String name, String what, String role) {
        Column col = column(t, name, what, role);
        NumericColumn n = Columns.asNumeric(col).orElseThrow(() -> new InvalidDataException(what + ", column '"
                + name + "': expected numbers for the " + role + ", found " + col.type().key() + " values"));
        double[] v = n.toArray();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new InvalidDataException(what + ", column '" + name + "', row " + (i + 1) + ": no finite "
                        + role + " (found " + (Double.isNaN(v[i]) ? "an empty value" : v[i]) + "); every row needs one");
            }
        }
        return v;
    }

    /** Scores that CBPE reads as probabilities: present and within [0, 1]. */
    static double[] probabilities(Table t, String name, String what) {
        double[] v = numbers(t, name, what, "score");
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] > 1) {
                throw new InvalidDataException(what + ", column '" + name + "', row " + (i + 1) + ": score " + v[i]
                        + " is outside [0, 1]; performance estimation (CBPE) reads scores as probabilities, so give "
                        + "probabilities (e.g. predict_proba), not margins or logits");
            }
        }
        return v;
    }

    static Column column(Table t, String name, String what, String role) {
        return t.find(name).orElseThrow(() -> new InvalidDataException(what + " has no column '" + name + "' ("
                + role + "); columns present: " + String.join(", ", t.columnNames())));
    }

    /** The classes of a classifier, fixed by the reference: sorted as scikit-learn sorts them. */
    static final class ClassSet {
        private final List<String> labels;
        private final Map<String, Integer> index = new HashMap<>();
        private final int positive;

        ClassSet(List<String> labels, int positive) {
            this.labels = List.copyOf(labels);
            for (int k = 0; k < labels.size(); k++) {
                index.put(labels.get(k), k);
            }
            this.positive = positive;
        }

        static ClassSet of(Table reference, MonitorColumns c) {
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            distinct(column(reference, c.target(), "the reference data", "the target"), seen);
            if (c.prediction() != null) {
                distinct(column(reference, c.prediction(), "the reference data", "the predicted label"), seen);
            }
            if (c.probaPrefix() != null) {
                for (String name : reference.columnNames()) {
                    if (name.startsWith(c.probaPrefix()) && name.length() > c.probaPrefix().length()
                            && !name.equals(c.target()) && !name.equals(c.prediction())) {
                        seen.add(name.substring(c.probaPrefix().length()));
                    }
                }
            }
            if (c.positiveLabel() != null) {
                seen.add(c.positiveLabel());
            }
            List<String> sorted = dev.greenlight.metrics.Labels.sorted(seen);
            int positive = -1;
            if (c.task() == dev.greenlight.metrics.Task.BINARY) {
                if (sorted.size() != 2) {
                    throw new InvalidDataException("the task is binary, but the reference data's labels are "
                            + sorted + "; use the multiclass task or fix the labels");
                }
                positive = c.positiveLabel() == null ? 1 : sorted.indexOf(c.positiveLabel());
            } else if (sorted.size() < 2) {
                throw new InvalidDataException("the reference data has only the labels " + sorted
                        + "; monitoring a classifier needs at least two classes");
            }
            return new ClassSet(sorted, positive);
        }

        private static void distinct(Column col, java.util.Set<String> out) {
            for (int i = 0; i < col.size(); i++) {
                String v = col.format(i);
                if (v != null) {
                    out.add(v);
                }
            }
        }

        List<String> labels() {
            return labels;
        }

        int size() {
            return labels.size();
        }

        boolean isBinary() {
            return positive >= 0;
        }

        int positive() {
            return positive;
        }

        String label(int k) {
            return labels.get(k);
        }

        /** The class of a label text; -1 when missing. */
        int classOf(String text, String what, String column, int row) {
            if (text == null) {
                return -1;
            }
            Integer k = index.get(text);
            if (k == null) {
                throw new InvalidDataException(what + ", column '" + column + "', row " + (row + 1) + ": the label '"
                        + text + "' does not occur in the reference data (labels: " + String.join(", ", labels)
                        + ")");
            }
            return k;
        }

        int[] encode(Table t, String name, String what, String role) {
            Column col = column(t, name, what, role);
            int[] out = new int[col.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = classOf(col.format(i), what, name, i);
                if (out[i] < 0) {
                    throw new InvalidDataException(what + ", column '" + name + "', row " + (i + 1) + ": no " + role
                            + "; every row needs one");
                }
            }
            return out;
        }

        List<String> labelsList() {
            return new ArrayList<>(labels);
        }
    }
}
