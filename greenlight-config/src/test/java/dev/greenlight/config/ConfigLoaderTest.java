package dev.greenlight.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.metrics.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    static final String VALID = """
            version: 1
            model:
              name: churn
              version: "2.1"
            task: binary
            target: churned
            prediction:
              label: pred
              score: proba
            datasets:
              train: train.csv
              test: test.csv
            """;

    @BeforeEach
    void data() throws IOException {
        Files.writeString(dir.resolve("train.csv"), "a,churned,pred,proba\n1,0,0,0.2\n");
        Files.writeString(dir.resolve("test.csv"), "a,churned,pred,proba\n1,0,0,0.2\n");
    }

    private GreenlightConfig load(String yaml) throws IOException {
        Path f = dir.resolve("greenlight.yaml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f);
    }

    private String problem(String yaml) {
        return assertThatThrownBy(() -> load(yaml)).isInstanceOf(InvalidConfigException.class).actual()
                .getMessage();
    }

    @Test
    void loadsAValidFileWithDefaults() throws IOException {
        GreenlightConfig c = load(VALID);
        assertThat(c.task()).isEqualTo(Task.BINARY);
        assertThat(c.model().version()).isEqualTo("2.1");
        assertThat(c.datasets().train()).isEqualTo(dir.resolve("train.csv").toAbsolutePath().normalize());
        assertThat(c.prediction().threshold()).isEqualTo(0.5);
        assertThat(c.metrics().primaryDeclared()).isFalse();
        assertThat(c.metrics().primary()).isEqualTo("roc_auc");
        assertThat(c.split()).isNull();
        assertThat(c.sha256()).hasSize(64);
        assertThat(c.locations().line("/prediction/score")).isEqualTo(9);
    }

    @Test
    void misspeltKeyNamesLineAndClosestKey() {
        String m = problem(VALID.replace("target: churned", "targt: churned"));
        assertThat(m).contains("greenlight.yaml:6: key 'targt': unknown key (did you mean 'target'?)")
                .contains("missing required key 'target'");
    }

    @Test
    void misspeltNestedKeyListsTheValidOnes() {
        String m = problem(VALID.replace("  score: proba", "  scroe: proba"));
        assertThat(m).contains("greenlight.yaml:9: key 'prediction.scroe': unknown key (did you mean 'score'?); "
                + "valid keys here: label, score, threshold, probabilities, value");
    }

    @Test
    void wrongEnumValueSuggestsTheClosest() {
        assertThat(problem(VALID.replace("task: binary", "task: binnary")))
                .contains("greenlight.yaml:5: key 'task': expected one of binary, multiclass, regression, forecast, "
                        + "found 'binnary' (did you mean 'binary'?)");
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        assertThat(problem(VALID.replace("name: churn", "name: [a, b]")))
                .contains("key 'model.name': expected string, found a list");
    }

    @Test
    void invalidYamlPointsAtLineAndColumn() {
        assertThat(problem("version: 1\nmodel: {name: x\ntask: binary\n")).contains("greenlight.yaml:")
                .contains("not valid YAML");
    }

    @Test
    void duplicateKeyIsReported() {
        assertThat(problem(VALID + "task: regression\n")).contains("greenlight.yaml:13: key 'task' appears twice");
    }

    @Test
    void missingDataFileIsReportedWithItsKey() {
        assertThat(problem(VALID.replace("test: test.csv", "test: tset.csv")))
                .contains("greenlight.yaml:12: key 'datasets.test': data file not found: ")
                .contains("tset.csv");
    }

    @Test
    void predictionColumnsMustFitTheTask() {
        assertThat(problem(VALID.replace("task: binary", "task: regression")))
                .contains("key 'prediction': a regression task needs 'value'")
                .contains("key 'prediction.score': a regression task reads 'value', not 'score'");
    }

    @Test
    void waiverNeedsReasonOwnerAndDate() {
        assertThat(problem(VALID + "waivers:\n  - item: monitoring\n    reason: not yet decided by anyone\n"))
                .contains("key 'waivers.0': missing required key 'owner'")
                .contains("key 'waivers.0': missing required key 'date'");
    }

    @Test
    void waiverDateMustBeACalendarDate() {
        assertThat(problem(VALID + "waivers:\n  - {item: monitoring, reason: decided in review, owner: ann, "
                + "date: 2026-02-30}\n")).contains("'2026-02-30' is not a calendar date");
    }

    @Test
    void goalNeedsABound() {
        assertThat(problem(VALID + "goals:\n  - metric: roc_auc\n")).contains("greenlight.yaml:14: key 'goals.0': needs one of the keys 'max' or 'min'");
    }

    @Test
    void emptyValuesCountAsAbsent() throws IOException {
        GreenlightConfig c = load(VALID + "  validation:\n");
        assertThat(c.datasets().validation()).isNull();
    }

    @Test
    void planAnswersKeepTheWordsAsWritten() throws IOException {
        GreenlightConfig c = load(VALID + "plan:\n  integration: {human_in_the_loop: no, mode: 24/7}\n"
                + "  monitoring: {thresholds: 0.05, alerting: \"\"}\n");
        assertThat(c.answer("integration", "human_in_the_loop")).contains("no");
        assertThat(c.answer("monitoring", "thresholds")).contains("0.05");
        assertThat(c.answer("monitoring", "alerting")).isEmpty();
        assertThat(c.answer("monitoring", "retraining")).isEmpty();
    }

    @Test
    void emptyFileIsRejected() {
        assertThat(problem("")).contains("the configuration file is empty");
    }

    @Test
    void missingFileIsRejected() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("absent.yaml")))
                .isInstanceOf(InvalidConfigException.class).hasMessageEndingWith("configuration file not found");
    }

    @Test
    void allProblemsAreReportedTogether() {
        InvalidConfigException e = (InvalidConfigException) org.assertj.core.api.Assertions.catchThrowable(
                () -> load(VALID.replace("task: binary", "task: bin").replace("name: churn", "nme: churn")));
        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void schemaPlanKeysMatchThePlanQuestions() {
        JsonNode plan = SchemaValidator.schemaDocument().at("/properties/plan/properties");
        List<String> schemaKeys = new ArrayList<>();
        plan.fields().forEachRemaining(section -> section.getValue().get("properties").fieldNames()
                .forEachRemaining(k -> schemaKeys.add(section.getKey() + "." + k)));
        List<String> questionKeys = PlanQuestions.all().stream().map(q -> q.section() + "." + q.key()).toList();
        assertThat(schemaKeys).containsExactlyElementsOf(questionKeys);
    }

    @Test
    void labelSourcesAndSkewAreReadWithTheirDefaults() throws IOException {
        Files.writeString(dir.resolve("served.csv"), "a\n1\n");
        GreenlightConfig c = load(VALID + """
                labels:
                  raters: [rater_a, rater_b]
                  proxy: clicked
                  labelled_at: label_time
                skew:
                  training: train.csv
                  serving: served.csv
                  id: a
                """);
        assertThat(c.labels().raters()).containsExactly("rater_a", "rater_b");
        assertThat(c.labels().columns()).containsExactly("rater_a", "rater_b", "clicked", "label_time");
        assertThat(c.labels().dataset()).isEqualTo("test");
        assertThat(c.skew().serving()).isEqualTo(dir.resolve("served.csv").toAbsolutePath().normalize());
        assertThat(c.skew().tolerance()).isEqualTo(1e-6);
        assertThat(c.skew().maxDifferingShare()).isZero();
        assertThat(load(VALID).labels().isEmpty()).isTrue();
        assertThat(load(VALID).skew()).isNull();
    }

    @Test
    void skewFilesMustExistAndNeedAnId() {
        assertThat(problem(VALID + """
                skew:
                  training: train.csv
                  serving: nowhere.csv
                  id: a
                """)).contains("skew.serving").contains("data file not found");
        assertThat(problem(VALID + """
                skew:
                  training: train.csv
                  serving: test.csv
                """)).contains("'id'");
        assertThat(problem(VALID + """
                labels:
                  raters: [only_one]
                """)).contains("labels.raters");
    }
}
