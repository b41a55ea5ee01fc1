package dev.greenlight.outcomes;

import dev.greenlight.baseline.TrainingTruth;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.ModelOutput;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.PredictedClass;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Columns;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a table's columns, or a model's predictions, into {@link Outcomes} under the package's one policy for
 * missing and non-finite values ({@link MissingValuePolicy}): rows without a target are left out and counted in a
 * note; a row with a target needs the model's output, every score a probability in [0, 1] and every row's class
 * probabilities summing to 1 within {@link #PROBABILITY_SUM_TOLERANCE}. Each problem is an
 * {@link InvalidDataException} naming the source, the column and the 1-based data row.
 */
public final class OutcomeReader {
    /** Tolerance on the sum of a row's class probabilities (rounded CSV values rarely miss 1 by more). */
    public static final double PROBABILITY_SUM_TOLERANCE = 1e-3;

    private final Table table;
    private final OutcomeSpec spec;
    private final ClassLabels labels;
    private final String source;

    private OutcomeReader(Table table, OutcomeSpec spec, ClassLabels labels, String source) {
        this.table = table;
        this.spec = spec;
        this.labels = labels;
        this.source = source;
    }

    /**
     * The truth and outcomes of one table whose classes are its own ({@link ClassLabels#resolve} on it alone).
     *
     * @param source the file name (or path) that messages name
     */
    public static OutcomeRead read(Table table, OutcomeSpec spec, String source) {
        OutcomeReader r = new OutcomeReader(table, spec, null, source);
        r.column(spec.target(), "the target");
        requireOutput(spec, source);
        ClassLabels labels = spec.task().isClassification() ? ClassLabels.resolve(spec, List.of(table)) : null;
        return read(table, spec, labels, source);
    }

    /** The truth and outcomes of one table, with classes known beforehand (from every dataset of a run, say). */
    public static OutcomeRead read(Table table, OutcomeSpec spec, ClassLabels labels, String source) {
        List<String> notes = new ArrayList<>();
        Truth truth = truth(table, spec, labels, source, notes);
        return new OutcomeRead(truth, outcomes(table, spec, labels, truth, source), notes);
    }

    /**
     * The truth of the rows that have a target; a note in {@code notes} counts the rows left out.
     *
     * @param labels the classes; null for a regression
     */
    public static Truth truth(Table table, OutcomeSpec spec, ClassLabels labels, String source, List<String> notes) {
        return new OutcomeReader(table, spec, labels, source).truth(notes);
    }

    /** The outcomes of the rows of {@code truth}, from the table's output columns. */
    public static Outcomes outcomes(Table table, OutcomeSpec spec, ClassLabels labels, Truth truth, String source) {
        return new OutcomeReader(table, spec, labels, source).outcomes(truth);
    }

    /**
     * A model's outcomes on the rows of {@code truth}: its predictions restated over the data's classes (see
     * {@link ClassPredictions}), so a candidate or a fallback is measured exactly like predictions from a file.
     *
     * @param predictions the model's output for every row of the table {@code truth} was read from
     * @param model       the model's name, for messages
     * @param source      the file name the rows come from, for messages
     */
    public static Outcomes fromPredictions(Truth truth, ModelOutput predictions, ClassLabels labels, OutcomeSpec spec,
                                           String model, String source) {
        int[] rows = truth.rows();
        TrainingTruth t = truth.truth();
        if (!spec.task().isClassification()) {
            if (predictions.values() == null) {
                throw new InvalidDataException("model '" + model + "' gives no predicted values for a "
                        + spec.task().key() + " task");
            }
            double[] yPred = truth.select(predictions.values());
            for (int i = 0; i < yPred.length; i++) {
                if (!MissingValuePolicy.isValue(yPred[i])) {
                    throw new InvalidDataException("model '" + model + "' predicts " + yPred[i] + " for data row "
                            + (rows[i] + 1) + " of " + source + "; expected a finite number");
                }
            }
            return new RegressionOutcomes(t.values(), yPred, t.weights());
        }
        ClassPredictions c = ClassPredictions.of(predictions, labels, spec.threshold(), model);
        Map<String, Integer> index = labels.index();
        int[] yPred = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            Integer k = index.get(c.labels()[rows[i]]);
            if (k == null) {
                throw new InvalidDataException("model '" + model + "' predicts '" + c.labels()[rows[i]]
                        + "' for data row " + (rows[i] + 1) + " of " + source + ", which is not one of the labels "
                        + labels.labels());
            }
            yPred[i] = k;
        }
        if (spec.task() == Task.BINARY) {
            double[] all = c.scoresOf(labels.positiveIndex());
            return ClassificationOutcomes.binary(labels.labels(), labels.positiveIndex(), t.classes(), yPred,
                    all == null ? null : truth.select(all), t.weights());
        }
        double[][] probs = null;
        if (c.probabilities() != null) {
            probs = new double[labels.size()][];
            for (int k = 0; k < probs.length; k++) {
                probs[k] = truth.select(c.probabilities()[k]);
            }
        }
        return ClassificationOutcomes.multiclass(labels.labels(), t.classes(), yPred, probs, t.weights());
    }

    /** Whether row {@code i} of a column has a value under the policy: present and, if a number, finite. */
    public static boolean hasValue(Column c, int i) {
        if (c instanceof NumericColumn n) {
            return MissingValuePolicy.isValue(n.get(i));
        }
        return !c.isMissing(i);
    }

    private static void requireOutput(OutcomeSpec spec, String source) {
        if (!spec.task().isClassification()) {
            if (spec.value() == null) {
                throw new InvalidDataException(source + ": a regression needs the predicted values (--prediction)");
            }
        } else if (spec.label() == null && spec.score() == null && !spec.hasProbabilityColumns()) {
            throw new InvalidDataException(source + ": give the predicted labels (--prediction), the "
                    + "positive-class scores (--score) or the class probabilities (--proba-prefix)");
        } else if (spec.task() == Task.MULTICLASS && spec.label() == null && !spec.hasProbabilityColumns()) {
            throw new InvalidDataException(source + ": a multiclass model needs the predicted labels "
                    + "(--prediction) or the class probabilities (--proba-prefix), not a single --score column");
        }
    }

    private Truth truth(List<String> notes) {
        Column target = column(spec.target(), "the target");
        int[] rows = new int[target.size()];
        int k = 0;
        for (int i = 0; i < target.size(); i++) {
            if (hasValue(target, i)) {
                rows[k++] = i;
            }
        }
        if (k < rows.length) {
            notes.add(MissingValuePolicy.droppedTargetsNote(source, rows.length - k, rows.length, spec.target()));
        }
        if (k == 0) {
            throw new InvalidDataException(source + ": every row's target '" + spec.target() + "' is missing");
        }
        rows = java.util.Arrays.copyOf(rows, k);
        double[] weights = spec.weight() == null ? null : weights(rows);
        if (!spec.task().isClassification()) {
            return new Truth(rows, new TrainingTruth(null, numbers(spec.target(), "target value", rows), weights));
        }
        return new Truth(rows, new TrainingTruth(classes(spec.target(), "target", rows), null, weights));
    }

    private Outcomes outcomes(Truth truth) {
        int[] rows = truth.rows();
        TrainingTruth t = truth.truth();
        if (!spec.task().isClassification()) {
            requireOutput(spec, source);
            return new RegressionOutcomes(t.values(), numbers(spec.value(), "predicted value", rows), t.weights());
        }
        int[] yPred = spec.label() == null ? null : classes(spec.label(), "predicted label", rows);
        Map<String, String> probaColumns = spec.probabilityColumns(labels.labels());
        double[][] probs = null;
        if (!probaColumns.isEmpty() && (spec.task() == Task.MULTICLASS || spec.score() == null)) {
            probs = new double[labels.size()][];
            for (int k = 0; k < labels.size(); k++) {
                probs[k] = probabilities(probabilityColumn(labels.labels().get(k), probaColumns), rows);
            }
            checkRowSums(probs, probaColumns, rows);
        }
        if (spec.task() == Task.BINARY) {
            int positive = labels.positiveIndex();
            double[] scores = spec.score() != null ? probabilities(spec.score(), rows)
                    : probs != null ? probs[positive] : null;
            if (yPred == null && scores == null) {
                requireOutput(spec, source);
                throw new InvalidDataException(source + ": no predicted label or score column for the binary task");
            }
            if (yPred == null && spec.deriveLabels()) {
                yPred = PredictedClass.atThreshold(scores, positive, spec.threshold());
            }
            return ClassificationOutcomes.binary(labels.labels(), positive, t.classes(), yPred, scores, t.weights());
        }
        if (yPred == null && probs == null) {
            requireOutput(spec, source);
        }
        if (yPred == null && spec.deriveLabels()) {
            yPred = PredictedClass.argmax(probs);
        }
        return ClassificationOutcomes.multiclass(labels.labels(), t.classes(), yPred, probs, t.weights());
    }

    private Column column(String name, String role) {
        return table.find(name).orElseThrow(() -> new InvalidDataException(source + ": no column '" + name
                + "' (" + role + ")" + Suggestions.didYouMean(name, table.columnNames()) + "; columns present: "
                + String.join(", ", table.columnNames())));
    }

    /** The probability column of a class; a class without one is an error naming a row that holds it. */
    private String probabilityColumn(String label, Map<String, String> probaColumns) {
        String name = probaColumns.get(label);
        if (table.has(name)) {
            return name;
        }
        List<String> present = probaColumns.values().stream().filter(table::has).toList();
        for (String role : new String[] {spec.target(), spec.label()}) {
            Column c = role == null ? null : table.find(role).orElse(null);
            for (int i = 0; c != null && i < c.size(); i++) {
                if (hasValue(c, i) && c.format(i).equals(label)) {
                    String read = c.type() == ColumnType.BOOLEAN ? "; the column is read as booleans, so yes/no, "
                            + "y/n and 1/0 values become true/false" : "";
                    throw new InvalidDataException(where(role, i) + " holds the label '" + label + "', which has no "
                            + "probability column '" + name + "' (probability columns: " + String.join(", ", present)
                            + ")" + read);
                }
            }
        }
        throw new InvalidDataException(source + ": no probability column '" + name + "' (one per class label "
                + labels.labels() + ")" + Suggestions.didYouMean(name, table.columnNames()) + "; columns present: "
                + String.join(", ", table.columnNames()));
    }

    private int[] classes(String name, String what, int[] rows) {
        Column c = column(name, "the " + what);
        Map<String, Integer> index = labels.index();
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            if (!hasValue(c, row)) {
                throw new InvalidDataException(where(name, row) + " has no " + what + "; every labelled row needs one");
            }
            Integer k = index.get(c.format(row));
            if (k == null) {
                throw new InvalidDataException(where(name, row) + " holds the label '" + c.format(row) + "', which is "
                        + "not one of the labels " + labels.labels());
            }
            out[i] = k;
        }
        return out;
    }

    private double[] numbers(String name, String what, int[] rows) {
        Column c = column(name, "the " + what);
        NumericColumn n = Columns.asNumeric(c).orElseThrow(() -> new InvalidDataException(source + ", column '"
                + name + "': expected numbers for the " + what + ", found " + c.type().key() + " values"));
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = n.get(rows[i]);
            if (Double.isNaN(out[i])) {
                throw new InvalidDataException(where(name, rows[i]) + " has no " + what + " (empty or NaN); every "
                        + "labelled row needs one");
            }
            if (Double.isInfinite(out[i])) {
                throw new InvalidDataException(where(name, rows[i]) + " holds " + out[i] + " as its " + what
                        + "; expected a finite number");
            }
        }
        return out;
    }

    private double[] probabilities(String name, int[] rows) {
        double[] v = numbers(name, "score", rows);
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] > 1) {
                throw new InvalidDataException(where(name, rows[i]) + " holds " + v[i] + ", but scores must be "
                        + "probabilities in [0, 1] (pass predict_proba output, not a decision function or logit)");
            }
        }
        return v;
    }

    private void checkRowSums(double[][] probs, Map<String, String> probaColumns, int[] rows) {
        for (int i = 0; i < rows.length; i++) {
            double sum = 0;
            for (double[] p : probs) {
                sum += p[i];
            }
            if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
                throw new InvalidDataException(source + ": the class probabilities of data row " + (rows[i] + 1)
                        + " sum to " + sum + ", expected 1 (within " + PROBABILITY_SUM_TOLERANCE + "); columns "
                        + String.join(", ", probaColumns.values()));
            }
        }
    }

    private double[] weights(int[] rows) {
        double[] w = numbers(spec.weight(), "sample weight", rows);
        for (int i = 0; i < w.length; i++) {
            if (w[i] < 0) {
                throw new InvalidDataException(where(spec.weight(), rows[i]) + " holds the negative weight " + w[i]);
            }
        }
        return w;
    }

    private String where(String column, int row) {
        return source + ", column '" + column + "': data row " + (row + 1);
    }
}
