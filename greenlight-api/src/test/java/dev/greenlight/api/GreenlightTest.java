package dev.greenlight.api;

import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.Status;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.io.OutcomeColumns;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GreenlightTest {
    static final Path EXAMPLE = Path.of("..", "examples", "breast-cancer").toAbsolutePath().normalize();

    /** The breast-cancer example's essentials, built in code instead of read from its YAML. */
    static dev.greenlight.config.ConfigBuilder breastCancer() {
        return GreenlightConfig.builder().folder(EXAMPLE)
                .model("breast-cancer-gbm", "1.0.0")
                .task(Task.BINARY).target("target").set("positive_label", "0")
                .set("prediction.label", "prediction").set("prediction.score", "score")
                .set("columns.id", "id")
                .train("train.csv").test("test.csv")
                .set("metrics.primary", "roc_auc");
    }

    @Test
    void checkOfTheYamlFileGivesTheSameItemsAsTheCommandLine() {
        ChecklistReport report = Greenlight.check(EXAMPLE.resolve("greenlight.yaml"));

        assertThat(report.items()).extracting(r -> r.info().id()).containsExactly("baseline",
                "metrics-definition", "benchmark", "ground-truth", "data-distribution", "goals-and-limits",
                "integration", "monitoring", "responsible-ai");
        assertThat(report.item("responsible-ai")).get().extracting(r -> r.status()).isEqualTo(Status.WAIVED);
        assertThat(report.modelName()).isEqualTo("breast-cancer-gbm");
        assertThat(report.toolVersion()).isEqualTo(Greenlight.version()).isNotEqualTo("unknown");
    }

    @Test
    void aConfigurationBuiltInCodeRunsLikeItsYamlTwin() {
        GreenlightConfig cfg = breastCancer().build();
        ChecklistReport fromCode = Greenlight.check(cfg);
        ChecklistReport fromYaml = Greenlight.check(EXAMPLE.resolve("greenlight.yaml"));

        assertThat(cfg.datasets().train()).isEqualTo(EXAMPLE.resolve("train.csv"));
        assertThat(fromCode.item("baseline").orElseThrow().status())
                .isEqualTo(fromYaml.item("baseline").orElseThrow().status());
        assertThat(fromCode.item("baseline").orElseThrow().evidence())
                .isEqualTo(fromYaml.item("baseline").orElseThrow().evidence());
        // no plan answers in code: the plan items cannot pass
        assertThat(fromCode.item("integration").orElseThrow().status()).isNotEqualTo(Status.PASS);
    }

    @Test
    void aBuiltConfigurationIsValidatedByTheSameRulesAsAFile() {
        assertThatThrownBy(() -> breastCancer().waive("baseline", "too short", "ann", LocalDate.of(2026, 1, 2))
                .build())
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("key 'waivers.0.reason'")
                .hasMessageContaining("10 characters");
        assertThatThrownBy(() -> breastCancer().set("metrics.primary", "roc_aux").build())
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("unknown metric 'roc_aux'").hasMessageContaining("roc_auc");
        assertThatThrownBy(() -> breastCancer().train("missing.csv").build())
                .hasMessageContaining("data file not found: " + EXAMPLE.resolve("missing.csv"));
    }

    @Test
    void aWaiverForAnIdNoCheckHasIsRefusedWithTheValidIds() {
        GreenlightConfig cfg = breastCancer().waive("baselin", "accepted at the release review", "ann",
                LocalDate.of(2026, 1, 2)).build();

        assertThatThrownBy(() -> Greenlight.check(cfg)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("key 'waivers.0.item': no check has the id 'baselin'")
                .hasMessageContaining("did you mean 'baseline'");
    }

    @Test
    void reportsAreWrittenIntoTheFolder(@TempDir Path dir) {
        ChecklistReport report = Greenlight.check(breastCancer().build());
        List<Path> files = Greenlight.writeReports(report, dir);

        assertThat(files).extracting(p -> p.getFileName().toString()).contains("report.json", "junit.xml");
        assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
    }

    @Test
    void driftComparesTwoFiles() {
        DriftReport report = Greenlight.drift(EXAMPLE.resolve("train.csv"), EXAMPLE.resolve("test.csv"));

        assertThat(report.columns()).extracting(c -> c.name()).contains("mean radius").doesNotContain("id");
    }

    @Test
    void metricsOfAPredictionsFileHaveIntervals() {
        List<ConfidenceInterval> metrics = Greenlight.metrics(EXAMPLE.resolve("test.csv"), new OutcomeColumns(
                Task.BINARY, "target", "prediction", "score", null, null, "0"));

        ConfidenceInterval auc = metrics.stream().filter(m -> m.metric().equals("roc_auc")).findFirst()
                .orElseThrow();
        assertThat(auc.low()).isLessThanOrEqualTo(auc.value());
        assertThat(auc.high()).isGreaterThanOrEqualTo(auc.value());
        assertThat(auc.n()).isEqualTo(143);
    }
}
