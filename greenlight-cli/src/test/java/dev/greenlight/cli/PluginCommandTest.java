package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Plug-ins end to end: examples/jvm-provider's jar scores the data and adds a check that can be waived. */
class PluginCommandTest {
    @TempDir
    static Path dir;
    static Path config;

    @BeforeAll
    static void buildThePlugin() throws IOException {
        config = ExamplePlugin.copyWithJar(dir);
    }

    @Test
    void theJarNamedUnderPluginsScoresTheDataAndItsCheckIsWaived() throws IOException {
        Path out = dir.resolve("out-plugins");
        Cli r = Cli.run("check", config.toString(), "--out", out.toString(), "--quiet");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("breast-cancer-logreg-java 1.0.0: READY")
                .containsPattern("WAIVED\\s+model-card\\s+No model card");
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode baseline = ReportJson.item(report, "baseline");
        assertThat(baseline.path("status").asText()).isIn("PASS", "WARN");
        JsonNode card = ReportJson.item(report, "model-card");
        assertThat(card.path("waiver").path("original_status").asText()).isEqualTo("FAIL");
        // the benchmark's worker JVM loaded the provider from the plug-in jar too
        assertThat(ReportJson.item(report, "goals-and-limits").path("status").asText()).isIn("PASS", "WARN");
    }

    @Test
    void withoutItsWaiverThePluginCheckFailsTheVerdict() throws IOException {
        Path unwaived = config.resolveSibling("unwaived.yaml");
        String yaml = Files.readString(config);
        Files.writeString(unwaived, yaml.substring(0, yaml.indexOf("  - item: model-card")));
        Cli r = Cli.run("check", unwaived.toString(), "--out", dir.resolve("out-unwaived").toString(), "--quiet");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(": NOT_READY").containsPattern("FAIL\\s+model-card");
    }

    @Test
    void pluginOnTheCommandLineWorksLikePluginsInTheFile() throws IOException {
        Path bare = config.resolveSibling("bare.yaml");
        Files.writeString(bare, Files.readString(config).replaceAll("(?m)^plugins:\\n.*\\n", ""));
        Path jar = config.resolveSibling("target/jvm-provider.jar");

        Cli without = Cli.run("check", bare.toString(), "--out", dir.resolve("out-none").toString(), "--quiet");
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("no check has the id 'model-card'");

        Cli with = Cli.run("check", bare.toString(), "--plugin", jar.getParent().toString(), "--out",
                dir.resolve("out-cli").toString(), "--quiet");
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.out()).containsPattern("WAIVED\\s+model-card");
    }

    @Test
    void aMissingPluginIsAnErrorThatNamesIt() {
        Cli r = Cli.run("check", config.toString(), "--plugin", dir.resolve("nowhere.jar").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--plugin: plug-in not found: " + dir.resolve("nowhere.jar"))
                .doesNotContain("Exception");
    }

    @Test
    void scoreUsesThePluginsProvider() throws IOException {
        Path out = dir.resolve("scored.csv");
        Cli r = Cli.run("score", config.toString(), "--out", out.toString(), "--quiet");

        assertThat(r.exitCode()).as(r.err()).isZero();
        // oracle: scikit-learn's predict_proba of the same model (make_models.py wrote expected_test.csv)
        Map<String, Double> expected = column(Cli.repo().resolve(
                "examples/breast-cancer-onnx/models/expected_test.csv"), "logreg_p1");
        Map<String, Double> scored = column(out, "p_1");
        assertThat(scored).hasSize(143).containsOnlyKeys(expected.keySet());
        scored.forEach((id, p) -> assertThat(p).as("row id " + id).isCloseTo(expected.get(id), within(1e-12)));
    }

    /** A CSV's column by the first column's value. */
    private static Map<String, Double> column(Path csv, String name) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int j = List.of(lines.get(0).split(",")).indexOf(name);
        Map<String, Double> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            out.put(cells[0], Double.parseDouble(cells[j]));
        }
        return out;
    }

}
