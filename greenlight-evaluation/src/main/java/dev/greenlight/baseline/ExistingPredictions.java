package dev.greenlight.baseline;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.table.Column;
import dev.greenlight.table.Columns;
import dev.greenlight.table.NumericColumn;

import java.util.Objects;

/**
 * A baseline the team brings: the predictions of an existing rule or system, in a column of the test data (it is
 * not trained). The column holds predicted labels (classification), the positive class's probability (binary) or
 * predicted values (regression/forecasting). Every test row needs a value; a label outside the task's labels or a
 * probability outside [0, 1] is an {@link InvalidDataException} naming the column and the data row.
 */
public final class ExistingPredictions implements Baseline {
    /** What the column holds. */
    public enum Kind { LABEL, SCORE, VALUE }

    private final String name;
    private final String column;
    private final Kind kind;
    private final String description;

    /**
     * @param name        the baseline's key in reports, e.g. {@code current_rules}
     * @param column      the test data column with its predictions
     * @param kind        what the column holds
     * @param description what the rule or system is, in the team's words (may be null)
     */
    public ExistingPredictions(String name, String column, Kind kind, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.column = Objects.requireNonNull(column, "column");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.description = description;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return (description == null ? "existing predictions" : description) + " (column '" + column + "')";
    }

    @Override
    public boolean appliesTo(Task task) {
        return switch (kind) {
            case LABEL -> task.isClassification();
            case SCORE -> task == Task.BINARY;
            case VALUE -> !task.isClassification();
        };
    }

    @Override
    public BaselineFit fit(BaselineInput input) {
        if (!input.testHasColumn(column)) {
            throw new InvalidDataException("baseline '" + name + "': the test data has no column '" + column + "'");
        }
        Column c = input.testColumn(column);
        String summary = "the predictions in column '" + column + "'";
        if (kind == Kind.VALUE) {
            RegressionOutcomes t = (RegressionOutcomes) input.test();
            return BaselineFit.of(new RegressionOutcomes(t.yTrue(), numbers(input, c, "predicted value"),
                    t.weights()), summary);
        }
        ClassificationOutcomes t = (ClassificationOutcomes) input.test();
        if (kind == Kind.SCORE) {
            double[] scores = numbers(input, c, "score");
            int[] yPred = new int[scores.length];
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] < 0 || scores[i] > 1) {
                    throw new InvalidDataException(where(input, i) + " holds " + scores[i] + ", but scores must be "
                            + "probabilities in [0, 1]");
                }
                yPred[i] = scores[i] >= 0.5 ? t.positive() : 1 - t.positive();
            }
            return BaselineFit.of(ClassificationOutcomes.binary(t.labels(), t.positive(), t.yTrue(), yPred, scores,
                    t.weights()), summary);
        }
        int[] yPred = new int[t.size()];
        for (int i = 0; i < yPred.length; i++) {
            String v = c.format(i);
            yPred[i] = v == null ? -1 : t.labels().indexOf(v);
            if (yPred[i] < 0) {
                throw new InvalidDataException(where(input, i) + (v == null ? " has no predicted label"
                        : " holds the label '" + v + "', which is not one of the labels " + t.labels()));
            }
        }
        return BaselineFit.of(new ClassificationOutcomes(t.labels(), t.yTrue(), yPred, null, null, t.positive(),
                t.weights()), summary);
    }

    private double[] numbers(BaselineInput input, Column c, String what) {
        NumericColumn n = Columns.asNumeric(c).orElseThrow(() -> new InvalidDataException("baseline '" + name
                + "': column '" + column + "' of the test data should hold numbers (" + what + "s), found "
                + c.type().key() + " values"));
        double[] out = n.toArray();
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                throw new InvalidDataException(where(input, i) + " has no " + what + "; every test row needs one");
            }
        }
        return out;
    }

    private String where(BaselineInput input, int row) {
        return "baseline '" + name + "', column '" + column + "': data row " + (input.testTableRow(row) + 1);
    }
}
