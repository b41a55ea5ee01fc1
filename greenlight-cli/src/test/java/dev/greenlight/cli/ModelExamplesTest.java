package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model examples run through {@code check} as a user runs them: Greenlight scores the data with the primary
 * model, benchmarks every model for the goals, weighs them against each other and exercises the fallback.
 */
class ModelExamplesTest {

    @TempDir
    Path dir;

    private static JsonNode checkedReport(String example, Path out) throws Exception {
        Cli r = Cli.run("check", Cli.example(example), "--out", out.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).contains("benchmarking model '");
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode schema = new ObjectMapper().readTree(Cli.repo().resolve("docs/schema/report.schema.json").toFile());
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(report))
                .as("report.json follows docs/schema/report.schema.json").isEmpty();
        return report;
    }

    @Test
    void theOnnxExampleIsCheckedWithItsModels() throws Exception {
        JsonNode report = checkedReport("breast-cancer-onnx", dir.resolve("onnx"));
        JsonNode goals = ReportJson.item(report, "goals-and-limits");
        assertThat(goals.get("status").asText()).isEqualTo("PASS");
        assertThat(goals.toString()).contains("Trade-offs between the models").contains("benchmark of 'logreg'");
        assertThat(ReportJson.item(report, "integration").toString()).contains("fallback 'tree' roc_auc (test)");
    }

    @Test
    void thePmmlExampleIsCheckedWithItsModels() throws Exception {
        JsonNode report = checkedReport("diabetes-pmml", dir.resolve("pmml"));
        JsonNode goals = ReportJson.item(report, "goals-and-limits");
        // 111 test rows: rmse's interval (46.7 to 60.3) straddles the hard limit of 60, so it is not yet known
        assertThat(goals.get("status").asText()).isEqualTo("WARN");
        assertThat(goals.toString()).contains("Hard limit not yet known: rmse on test").contains("rows would tell");
        assertThat(goals.toString()).contains("Trade-offs between the models").contains("benchmark of 'gbr'");
        assertThat(ReportJson.item(report, "integration").toString()).contains("fallback 'linear' rmse (test)");
    }
}
