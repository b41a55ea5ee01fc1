package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The diagnose example (examples/diagnose/make_example.py says what was planted) through the real command line. */
class DiagnoseCommandTest {
    private static String file(String name) {
        return Cli.repo().resolve("examples/diagnose").resolve(name).toString();
    }

    private static Cli diagnose(String production, String... more) {
        String[] base = {"diagnose", "--reference", file("reference.csv"), "--production", file(production),
            "--id", "id", "--target", "y", "--score", "p", "--prediction", "yhat", "--timestamp", "ts",
            "--task", "binary"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    @Test
    void aMonthFromTheBoundaryRegionIsCovariateShiftCarriedByX1() throws IOException {
        Cli r = diagnose("production_clean.csv", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.NOT_READY);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("primary_cause").asText()).isEqualTo("covariate_shift");
        assertThat(json.at("/performance/reference/rows").asInt()).isEqualTo(4000);
        assertThat(json.at("/performance/production_realized/method").asText()).contains("DeLong");
        assertThat(json.at("/performance/production_estimated/method").asText()).startsWith("CBPE");
        assertThat(json.get("causes")).hasSize(4);
        assertThat(json.at("/causes/0/cause").asText()).isEqualTo("covariate_shift");
        assertThat(json.at("/causes/0/verdict").asText()).isEqualTo("likely");
        assertThat(json.at("/causes/2/verdict").asText()).isEqualTo("not_tested");
        assertThat(json.at("/contributions/0/feature").asText()).isEqualTo("x1");
    }

    @Test
    void theServingFileShowsTheUnitChangeAsTheCauseAndTheReportsAreWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("diag");
        Cli r = diagnose("production.csv", "--serving", file("serving.csv"), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.NOT_READY);
        assertThat(r.out()).contains("primary cause: feature_skew").contains("x2: 1.000 of records differ");
        JsonNode json = new ObjectMapper().readTree(out.resolve("diagnose.json").toFile());
        assertThat(json.get("primary_cause").asText()).isEqualTo("feature_skew");
        String html = Files.readString(out.resolve("diagnose.html"));
        assertThat(html).contains("<svg id=\"waterfall\"").contains("data-label=\"covariate shift\"")
                .contains("id=\"primary-cause\">feature_skew<");

        Cli again = diagnose("production.csv", "--serving", file("serving.csv"), "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(again.err()).contains("already exists").contains("--force");
    }

    @Test
    void anUnknownTaskAndAMissingColumnArePreciseErrors() {
        Cli task = Cli.run("diagnose", "--reference", file("reference.csv"), "--production", file("production.csv"),
                "--target", "y", "--score", "p", "--task", "ranking");
        assertThat(task.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(task.err()).contains("--task must be binary, multiclass or regression");

        Cli noScore = Cli.run("diagnose", "--reference", file("reference.csv"), "--production", file("serving.csv"),
                "--target", "y", "--score", "p", "--task", "binary");
        assertThat(noScore.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noScore.err()).contains("serving.csv").doesNotContain("Exception");
    }
}
