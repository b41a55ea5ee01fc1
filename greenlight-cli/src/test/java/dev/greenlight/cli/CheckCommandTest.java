package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** End-to-end: the real command on the bundled examples. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void breastCancerExampleWritesFiveReportsAndIsReady() throws Exception {
        Path out = dir.resolve("out");
        Cli r = Cli.run("check", Cli.example("breast-cancer"), "--out", out.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        for (String f : new String[]{"report.json", "report.md", "report.html", "junit.xml", "production-plan.md"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode schema = new ObjectMapper().readTree(Cli.repo().resolve("docs/schema/report.schema.json").toFile());
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(report))
                .as("report.json follows docs/schema/report.schema.json").isEmpty();
        assertThat(report.get("verdict").asText()).isEqualTo("READY_WITH_WARNINGS");
        assertThat(report.at("/items/0/status").asText()).as("the GBM is no better than a logistic regression")
                .isEqualTo("WARN");
        assertThat(report.get("items")).hasSize(9);
        assertThat(report.at("/items/8/status").asText()).isEqualTo("WAIVED");
        assertThat(r.out()).startsWith("breast-cancer-gbm 1.0.0: READY").contains("baseline").contains("Reports:");
        assertThat(r.err()).contains("greenlight: reading train data (train.csv): 426 rows, 34 columns")
                .contains("[9/9] responsible-ai");
    }

    @Test
    void quietSilencesProgress() {
        Cli r = Cli.run("check", Cli.example("breast-cancer"), "--out", dir.toString(), "--quiet");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void diabetesExampleIsNotReadyAndExitsWithOne() throws Exception {
        Cli r = Cli.run("check", Cli.example("diabetes"), "--out", dir.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).startsWith("diabetes-progression-gbr 0.3.0: NOT_READY");
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        JsonNode schema = new ObjectMapper().readTree(Cli.repo().resolve("docs/schema/report.schema.json").toFile());
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(report))
                .isEmpty();
        String plan = Files.readString(dir.resolve("production-plan.md"));
        assertThat(plan).contains("☐ OPEN").contains("plan.monitoring.alerting");
    }

    @Test
    void strictTurnsWarningsIntoExitOne() {
        assertThat(CheckCommand.exitCode(dev.greenlight.checklist.Verdict.READY_WITH_WARNINGS, false)).isZero();
        assertThat(CheckCommand.exitCode(dev.greenlight.checklist.Verdict.READY_WITH_WARNINGS, true)).isEqualTo(1);
        assertThat(CheckCommand.exitCode(dev.greenlight.checklist.Verdict.READY, true)).isZero();
        assertThat(CheckCommand.exitCode(dev.greenlight.checklist.Verdict.NOT_READY, false)).isEqualTo(1);
    }

    @Test
    void versionAndHelpWork() {
        Cli v = Cli.run("--version");
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).startsWith("greenlight 0.1.0");
        Cli h = Cli.run("--help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("check").contains("init").contains("plan").contains("Exit codes");
        Cli none = Cli.run();
        assertThat(none.exitCode()).as("no command is a usage error, not READY").isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(none.err()).contains("no command given").contains("Usage: greenlight");
    }

    @Test
    void planPrintsTheDraftPlan() {
        Cli r = Cli.run("plan", Cli.example("breast-cancer"), "--quiet");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("# Production plan: breast-cancer-gbm 1.0.0 (draft)")
                .contains("## 9. Responsible AI").contains("Every question is answered.");
    }
}
