package dev.greenlight.model.pmml;

import dev.greenlight.metrics.Task;
import dev.greenlight.model.Fixtures;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.Models;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.greenlight.model.Fixtures.maxAbsDiff;
import static dev.greenlight.model.Fixtures.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PMML documents written from scikit-learn models ({@code examples/*}{@code /make_models.py}) give scikit-learn's
 * predictions: JPMML-Evaluator computes in double precision, so they agree to rounding (1e-9).
 */
class PmmlModelTest {

    @TempDir
    Path dir;

    @Test
    void decisionTreeMatchesScikitLearnPredictProbaAndPredict() {
        Map<String, List<String>> expected = Fixtures.expected(Fixtures.breastCancer("models/expected_test.csv"));
        try (Model m = Models.load(Fixtures.model("tree", "pmml", Fixtures.breastCancer("models/tree.pmml")),
                Fixtures.binary())) {
            Predictions p = m.predict(Fixtures.read(Fixtures.breastCancer("test.csv")));
            assertThat(p.classes()).containsExactly("0", "1");
            assertThat(maxAbsDiff(p.probabilities()[0], numbers(expected.get("tree_p0")))).isLessThan(1e-9);
            assertThat(maxAbsDiff(p.probabilities()[1], numbers(expected.get("tree_p1")))).isLessThan(1e-9);
            assertThat(p.labels()).containsExactlyElementsOf(expected.get("tree_label"));
        }
    }

    @Test
    void linearRegressionAndGradientBoostingMatchScikitLearnPredict() {
        Map<String, List<String>> expected = Fixtures.expected(Fixtures.diabetes("models/expected_test.csv"));
        Table test = Fixtures.diabetesTest();
        for (String name : new String[]{"linear", "gbr"}) {
            try (Model m = Models.load(Fixtures.model(name, "pmml", Fixtures.diabetes("models/" + name + ".pmml")),
                    Fixtures.regression())) {
                assertThat(maxAbsDiff(m.predict(test).values(), numbers(expected.get(name))))
                        .as(name + ": max |PMML - predict|").isLessThan(1e-9);
            }
        }
    }

    @Test
    void malformedXmlNamesTheLine() throws Exception {
        Path bad = dir.resolve("bad.pmml");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<PMML xmlns=\"http://www.dmg.org/PMML-4_4\">\n<Header>\n");
        assertThatThrownBy(() -> Models.load(Fixtures.model("bad", "pmml", bad), Fixtures.binary()))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("model 'bad' (pmml, " + bad + "): not a well-formed PMML document (line 4");
    }

    @Test
    void anUnsupportedDocumentSaysWhy() throws Exception {
        Path empty = dir.resolve("empty.pmml");
        Files.writeString(empty, "<PMML xmlns=\"http://www.dmg.org/PMML-4_4\" version=\"4.4\"><Header/>"
                + "<DataDictionary/></PMML>");
        assertThatThrownBy(() -> Models.load(Fixtures.model("empty", "pmml", empty), Fixtures.binary()))
                .isInstanceOf(ModelException.class).hasMessageContaining("JPMML-Evaluator cannot load it: ");
    }

    @Test
    void aRegressionDocumentCannotServeAClassificationTask() {
        assertThatThrownBy(() -> Models.load(Fixtures.model("linear", "pmml", Fixtures.diabetes(
                "models/linear.pmml")), new ModelContext(Task.BINARY, Fixtures.DIABETES_FEATURES)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("is a regression model, but the task is binary");
    }

    @Test
    void aMissingFieldAndAWrongValueAreNamed() {
        try (Model m = Models.load(Fixtures.model("linear", "pmml", Fixtures.diabetes("models/linear.pmml")),
                Fixtures.regression())) {
            Table test = Fixtures.diabetesTest();
            List<dev.greenlight.table.Column> cols = new ArrayList<>(test.columns());
            cols.removeIf(c -> c.name().equals("bmi"));
            assertThatThrownBy(() -> m.predict(Table.of(cols))).isInstanceOf(ModelException.class)
                    .hasMessageContaining("reads the column 'bmi', which the data does not have");
            List<String> text = new ArrayList<>(Collections.nCopies(test.rowCount(), "high"));
            Table wrong = test.with(CategoricalColumn.of("bp", ColumnType.CATEGORICAL, text));
            assertThatThrownBy(() -> m.predict(wrong)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("input field 'bp' cannot take the value 'high' of row 1 of the batch");
        }
    }
}
