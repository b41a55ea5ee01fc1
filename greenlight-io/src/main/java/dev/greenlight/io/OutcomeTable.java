package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Labels;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Columns;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model's outcomes read from the columns of one data file, checked so that every metric is meaningful: every row
 * has a target and a prediction (or scores), scores are probabilities in [0, 1] and never missing or NaN, each
 * row's class probabilities sum to 1 within {@link #PROBABILITY_SUM_TOLERANCE}, and every label has a probability
 * column. Each problem is an {@link InvalidDataException} naming the file, the column and the 1-based data row.
 *
 * <p>Class labels are the text of the target and prediction values (and, with a probability prefix, the suffixes of
 * the probability columns), sorted as scikit-learn sorts them ({@link Labels#sorted}).
 */
public final class OutcomeTable {
    /** Tolerance on the sum of a row's class probabilities (rounded CSV values rarely miss 1 by more). */
    public static final double PROBABILITY_SUM_TOLERANCE = 1e-3;

    private final DataFile file;
    private final Table table;
    private final OutcomeColumns columns;

    private OutcomeTable(DataFile file, OutcomeColumns columns) {
        this.file = file;
        this.table = file.table();
        this.columns = columns;
    }

    /** The outcomes of every row of {@code file}. */
    public static Outcomes read(DataFile file, OutcomeColumns columns) {
        return new OutcomeTable(file, columns).read();
    }

    private Outcomes read() {
        column(columns.target(), "the target");
        if (columns.weight() != null) {
            column(columns.weight(), "the sample weight");
        }
        double[] weights = columns.weight() == null ? null : weights();
        if (!columns.task().isClassification()) {
            if (columns.prediction() == null) {
                throw new InvalidDataException(file.fileName() + ": a regression needs the predicted values "
                        + "(--prediction)");
            }
            return new RegressionOutcomes(numbers(columns.target(), "target value"),
                    numbers(columns.prediction(), "predicted value"), weights);
        }
        if (columns.prediction() == null && columns.score() == null && columns.probaPrefix() == null) {
            throw new InvalidDataException(file.fileName() + ": give the predicted labels (--prediction), the "
                    + "positive-class scores (--score) or the class probabilities (--proba-prefix)");
        }
        Map<String, String> probaColumns = probabilityColumns();
        List<String> labels = labels(probaColumns);
        int[] yTrue = classes(columns.target(), "target", labels, probaColumns);
        int[] yPred = columns.prediction() == null ? null : classes(columns.prediction(), "predicted label", labels,
                probaColumns);
        if (columns.task() == Task.BINARY) {
            return binary(labels, yTrue, yPred, probaColumns, weights);
        }
        double[][] probs = null;
        if (!probaColumns.isEmpty()) {
            probs = new double[labels.size()][];
            for (int k = 0; k < labels.size(); k++) {
                probs[k] = probabilities(probaColumns.get(labels.get(k)));
            }
            checkRowSums(probs, probaColumns);
        }
        if (yPred == null && probs == null) {
            throw new InvalidDataException(file.fileName() + ": a multiclass model needs the predicted labels "
                    + "(--prediction) or the class probabilities (--proba-prefix), not a single --score column");
        }
        return ClassificationOutcomes.multiclass(labels, yTrue, yPred, probs, weights);
    }

    private ClassificationOutcomes binary(List<String> labels, int[] yTrue, int[] yPred,
                                          Map<String, String> probaColumns, double[] weights) {
        if (labels.size() == 1 && probaColumns.isEmpty()) {
            // one class only (a window of positives): the metrics scikit-learn defines are still computed
            List<String> two = Labels.binaryFromOne(labels.get(0), columns.positiveLabel());
            if (two.size() == 2) {
                int shift = two.indexOf(labels.get(0));
                return binary(two, recode(yTrue, shift), recode(yPred, shift), probaColumns, weights);
            }
            throw new InvalidDataException(file.fileName() + ": the task is binary, but the labels are only "
                    + labels + " and the other class cannot be told from it; name the positive label (--positive-label)"
                    + " or use --task multiclass");
        }
        if (labels.size() != 2) {
            throw new InvalidDataException(file.fileName() + ": the task is binary, but the labels are "
                    + (labels.size() < 2 ? "only " : "") + labels + "; use --task multiclass or fix the labels");
        }
        String positive = columns.positiveLabel() == null ? labels.get(1) : columns.positiveLabel();
        int p = labels.indexOf(positive);
        if (p < 0) {
            throw new InvalidDataException(file.fileName() + ": the positive label '" + positive + "' is not one of "
                    + "the labels " + labels);
        }
        double[] scores = null;
        if (columns.score() != null) {
            scores = probabilities(columns.score());
        } else if (!probaColumns.isEmpty()) {
            double[][] both = {probabilities(probaColumns.get(labels.get(0))),
                    probabilities(probaColumns.get(labels.get(1)))};
            checkRowSums(both, probaColumns);
            scores = both[p];
        }
        return ClassificationOutcomes.binary(labels, p, yTrue, yPred, scores, weights);
    }

    private static int[] recode(int[] codes, int to) {
        if (codes == null) {
            return null;
        }
        int[] out = new int[codes.length];
        java.util.Arrays.fill(out, to);
        return out;
    }

    private Column column(String name, String role) {
        return table.find(name).orElseThrow(() -> new InvalidDataException(file.fileName() + ": no column '" + name
                + "' (" + role + ")" + Suggestions.didYouMean(name, table.columnNames()) + "; columns present: "
                + String.join(", ", table.columnNames())));
    }

    /** Class label to probability column, for a probability prefix; empty without one. */
    private Map<String, String> probabilityColumns() {
        Map<String, String> out = new LinkedHashMap<>();
        String prefix = columns.probaPrefix();
        if (prefix == null) {
            return out;
        }
        for (String name : table.columnNames()) {
            if (name.startsWith(prefix) && name.length() > prefix.length() && !name.equals(columns.target())
                    && !name.equals(columns.prediction())) {
                out.put(name.substring(prefix.length()), name);
            }
        }
        if (out.isEmpty()) {
            throw new InvalidDataException(file.fileName() + ": no column starts with the probability prefix '"
                    + prefix + "'; columns present: " + String.join(", ", table.columnNames()));
        }
        return out;
    }

    /** The probability columns' labels when given (they define the classes), else the target's and predictions'. */
    private List<String> labels(Map<String, String> probaColumns) {
        if (!probaColumns.isEmpty()) {
            return Labels.sorted(probaColumns.keySet());
        }
        Set<String> seen = new LinkedHashSet<>();
        distinct(column(columns.target(), "the target"), seen);
        if (columns.prediction() != null) {
            distinct(column(columns.prediction(), "the predicted label"), seen);
        }
        if (columns.task() == Task.BINARY && columns.positiveLabel() != null) {
            seen.add(columns.positiveLabel());
        }
        return Labels.sorted(seen);
    }

    private static void distinct(Column c, Set<String> out) {
        for (int i = 0; i < c.size(); i++) {
            String v = c.format(i);
            if (v != null) {
                out.add(v);
            }
        }
    }

    private int[] classes(String name, String what, List<String> labels, Map<String, String> probaColumns) {
        Column c = column(name, "the " + what);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            index.put(labels.get(k), k);
        }
        int[] out = new int[c.size()];
        for (int i = 0; i < out.length; i++) {
            String v = c.format(i);
            if (v == null) {
                throw new InvalidDataException(where(name, i) + " has no " + what + "; every row needs one");
            }
            Integer k = index.get(v);
            if (k == null) {
                String read = c.type() == ColumnType.BOOLEAN ? "; the column is read as "
                        + "booleans, so yes/no, y/n and 1/0 values become true/false" : "";
                throw new InvalidDataException(where(name, i) + " holds the label '" + v + "', which has no "
                        + "probability column '" + columns.probaPrefix() + v + "' (probability columns: "
                        + String.join(", ", probaColumns.values()) + ")" + read);
            }
            out[i] = k;
        }
        return out;
    }

    private double[] numbers(String name, String what) {
        Column c = column(name, "the " + what);
        NumericColumn n = Columns.asNumeric(c).orElseThrow(() -> new InvalidDataException(file.fileName()
                + ", column '" + name + "': expected numbers for the " + what + ", found " + c.type().key()
                + " values"));
        double[] out = n.toArray();
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                throw new InvalidDataException(where(name, i) + " has no " + what + " (empty or NaN); every row "
                        + "needs one");
            }
            if (Double.isInfinite(out[i])) {
                throw new InvalidDataException(where(name, i) + " holds " + out[i] + " as its " + what
                        + "; expected a finite number");
            }
        }
        return out;
    }

    private double[] probabilities(String name) {
        double[] v = numbers(name, "score");
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] > 1) {
                throw new InvalidDataException(where(name, i) + " holds " + v[i] + ", but scores must be "
                        + "probabilities in [0, 1] (pass predict_proba output, not a decision function or logit)");
            }
        }
        return v;
    }

    private void checkRowSums(double[][] probs, Map<String, String> probaColumns) {
        for (int i = 0; i < probs[0].length; i++) {
            double sum = 0;
            for (double[] p : probs) {
                sum += p[i];
            }
            if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
                throw new InvalidDataException(file.fileName() + ": the class probabilities of data row " + (i + 1)
                        + " sum to " + sum + ", expected 1 (within " + PROBABILITY_SUM_TOLERANCE + "); columns "
                        + String.join(", ", probaColumns.values()));
            }
        }
    }

    private double[] weights() {
        double[] w = numbers(columns.weight(), "sample weight");
        for (int i = 0; i < w.length; i++) {
            if (w[i] < 0) {
                throw new InvalidDataException(where(columns.weight(), i) + " holds the negative weight " + w[i]);
            }
        }
        return w;
    }

    private String where(String column, int row) {
        return file.fileName() + ", column '" + column + "': data row " + (row + 1);
    }
}
