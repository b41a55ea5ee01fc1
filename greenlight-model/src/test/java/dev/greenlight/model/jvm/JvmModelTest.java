package dev.greenlight.model.jvm;

import dev.greenlight.model.Fixtures;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.Models;
import dev.greenlight.model.Predictions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.greenlight.model.Fixtures.maxAbsDiff;
import static dev.greenlight.model.Fixtures.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A model written in Java, found through the service-provider interface, scores like scikit-learn. */
class JvmModelTest {

    @Test
    void aProviderOnTheClassPathIsFoundByNameAndScores() {
        Map<String, List<String>> expected = Fixtures.expected(Fixtures.breastCancer("models/expected_test.csv"));
        try (Model m = Models.load(Fixtures.jvm("java-logreg", "logistic-regression",
                Fixtures.breastCancer("models/logreg.json")), Fixtures.binary())) {
            Predictions p = m.predict(Fixtures.read(Fixtures.breastCancer("test.csv")));
            assertThat(maxAbsDiff(p.probabilities()[1], numbers(expected.get("logreg_p1")))).isLessThan(1e-12);
            assertThat(p.labels()).containsExactlyElementsOf(expected.get("logreg_label"));
        }
    }

    @Test
    void anUnknownProviderListsTheOnesFound() {
        assertThatThrownBy(() -> Models.load(Fixtures.jvm("x", "logistic-regresion", null), Fixtures.binary()))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("no ModelProvider named 'logistic-regresion' is on the class path (did you "
                        + "mean 'logistic-regression'?); found: logistic-regression");
    }

    @Test
    void aProviderThatThrowsIsReportedAsTheModelsProblem() {
        assertThatThrownBy(() -> Models.load(Fixtures.jvm("x", "logistic-regression",
                Fixtures.breastCancer("models/missing.json")), Fixtures.binary()))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("model 'x' (jvm, ").hasMessageContaining("provider 'logistic-regression' "
                        + "failed to load it: java.io.UncheckedIOException");
    }
}
