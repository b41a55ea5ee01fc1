package dev.greenlight.outcomes;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.ModelOutput;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one policy for missing and non-finite values, on columns and on a model's predictions. */
class OutcomeReaderTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    private static OutcomeSpec regression() {
        return OutcomeSpec.fromFlags(Task.REGRESSION, "y", "p", null, null, null, null);
    }

    @Test
    void rowsWithoutAFiniteTargetAreLeftOutAndCounted() {
        Table t = Table.of(NumericColumn.of("y", 1, Double.NaN, INF, 4, -INF),
                NumericColumn.of("p", 1.5, 2, 3, 3.5, 5));
        OutcomeRead read = OutcomeReader.read(t, regression(), "r.csv");
        assertThat(read.rows()).containsExactly(0, 3);
        RegressionOutcomes o = (RegressionOutcomes) read.outcomes();
        assertThat(o.yTrue()).containsExactly(1, 4);
        assertThat(o.yPred()).containsExactly(1.5, 3.5);
        assertThat(read.notes()).containsExactly("r.csv: 3 of 5 rows have no value in the target column 'y' and are "
                + "left out of the metrics");
    }

    @Test
    void anInfinitePredictionNeverReachesTheMetrics() {
        Table t = Table.of(NumericColumn.of("y", 1, 2, 3), NumericColumn.of("p", 1, INF, 3));
        assertThatThrownBy(() -> OutcomeReader.read(t, regression(), "r.csv")).isInstanceOf(InvalidDataException.class)
                .hasMessage("r.csv, column 'p': data row 2 holds Infinity as its predicted value; expected a finite "
                        + "number");
        Table nan = Table.of(NumericColumn.of("y", 1, 2, 3), NumericColumn.of("p", 1, Double.NaN, 3));
        assertThatThrownBy(() -> OutcomeReader.read(nan, regression(), "r.csv"))
                .hasMessageStartingWith("r.csv, column 'p': data row 2 has no predicted value (empty or NaN)");
    }

    @Test
    void aMissingPredictionOnAnUnlabelledRowIsNoError() {
        Table t = Table.of(NumericColumn.of("y", 1, Double.NaN, 3), NumericColumn.of("p", 1, INF, 3));
        assertThat(OutcomeReader.read(t, regression(), "r.csv").outcomes().size()).isEqualTo(2);
    }

    @Test
    void aModelsInfinitePredictionIsAnError() {
        Table t = Table.of(NumericColumn.of("y", 1, 2, 3));
        Truth truth = OutcomeReader.truth(t, regression(), null, "r.csv", new java.util.ArrayList<>());
        ModelOutput p = output(null, null, null, new double[] {1, 2, -INF});
        assertThatThrownBy(() -> OutcomeReader.fromPredictions(truth, p, null, regression(), "m", "r.csv"))
                .hasMessage("model 'm' predicts -Infinity for data row 3 of r.csv; expected a finite number");
    }

    @Test
    void binaryLabelsFromTheConfiguredThresholdOrNotAtAll() {
        Table t = Table.of(CategoricalColumn.of("y", "no", "yes", "yes", null),
                NumericColumn.of("s", 0.2, 0.6, 0.4, 0.9));
        OutcomeSpec flags = OutcomeSpec.fromFlags(Task.BINARY, "y", null, "s", null, null, "yes");
        ClassificationOutcomes scoresOnly = (ClassificationOutcomes) OutcomeReader.read(t, flags, "b.csv").outcomes();
        assertThat(scoresOnly.labels()).containsExactly("no", "yes");
        assertThat(scoresOnly.hasPredictions()).isFalse();
        assertThat(scoresOnly.yTrue()).containsExactly(0, 1, 1);
        OutcomeSpec config = new OutcomeSpec(Task.BINARY, "y", null, "s", null, null, null, null, "yes", true, 0.5,
                "declare 'task: multiclass'");
        ClassificationOutcomes derived = (ClassificationOutcomes) OutcomeReader.read(t, config, "b.csv").outcomes();
        assertThat(derived.yPred()).containsExactly(0, 1, 0);
    }

    @Test
    void classLabelsAreCheckedAgainstTheTask() {
        Table three = Table.of(CategoricalColumn.of("y", "a", "b", "c"), NumericColumn.of("s", 0.1, 0.2, 0.3));
        OutcomeSpec binary = OutcomeSpec.fromFlags(Task.BINARY, "y", null, "s", null, null, null);
        assertThatThrownBy(() -> ClassLabels.resolve(binary, List.of(three)))
                .hasMessage("the task is binary, but the target and predicted labels hold 3 classes (a, b, c); use "
                        + "--task multiclass or fix the labels");
        Table one = Table.of(CategoricalColumn.of("y", "a", "a"));
        ClassLabels withPositive = ClassLabels.resolve(OutcomeSpec.fromFlags(Task.BINARY, "y", null, "s", null, null,
                "z"), List.of(one));
        assertThat(withPositive.labels()).containsExactly("a", "z");
        assertThat(withPositive.positiveIndex()).isEqualTo(1);
    }

    @Test
    void aModelsProbabilitiesAreRestatedOverTheDataLabels() {
        Table t = Table.of(CategoricalColumn.of("y", "a", "b", "c", "b"));
        OutcomeSpec spec = new OutcomeSpec(Task.MULTICLASS, "y", null, null, null, "p_", null, null, null, true, 0.5,
                "");
        ClassLabels labels = ClassLabels.resolve(spec, List.of(t));
        Truth truth = OutcomeReader.truth(t, spec, labels, "m.csv", new java.util.ArrayList<>());
        // the model names its classes in another order and has no column for 'a'
        ModelOutput p = output(null, List.of("c", "b"), new double[][] {{0.1, 0.3, 0.8, 0.5}, {0.9, 0.7, 0.2, 0.5}},
                null);
        ClassificationOutcomes o = (ClassificationOutcomes) OutcomeReader.fromPredictions(truth, p, labels, spec, "m",
                "m.csv");
        assertThat(o.scoresOf(0)).containsExactly(0, 0, 0, 0);
        assertThat(o.scoresOf(2)).containsExactly(0.1, 0.3, 0.8, 0.5);
        // ties go to the first label in data order, as numpy.argmax
        assertThat(o.yPred()).containsExactly(1, 1, 2, 1);
    }

    private static ModelOutput output(String[] labels, List<String> classes, double[][] probabilities,
                                      double[] values) {
        int rows = labels != null ? labels.length : probabilities != null ? probabilities[0].length : values.length;
        return new ModelOutput() {
            public int rows() {
                return rows;
            }

            public String[] labels() {
                return labels;
            }

            public List<String> classes() {
                return classes;
            }

            public double[][] probabilities() {
                return probabilities;
            }

            public double[] values() {
                return values;
            }
        };
    }
}
