package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check that did not run never passes (issue 12, cases 1, 2 and 8), end to end on the breast-cancer example: an
 * empty feature column, an unlabelled production sample, infinite values, a fallback model that cannot load.
 */
class ItemsThatDidNotRunTest {
    @TempDir
    Path dir;

    /** The example copied into {@code dir}, its train and test CSVs edited row by row (cells split on ','). */
    private Path example(UnaryOperator<List<String[]>> train, UnaryOperator<List<String[]>> test, String extraYaml)
            throws IOException {
        Path src = Cli.repo().resolve("examples/breast-cancer");
        Files.writeString(dir.resolve("train.csv"), join(train.apply(rows(src.resolve("train.csv")))));
        Files.writeString(dir.resolve("test.csv"), join(test.apply(rows(src.resolve("test.csv")))));
        String yaml = Files.readString(src.resolve("greenlight.yaml"));
        return Files.writeString(dir.resolve("greenlight.yaml"), yaml + extraYaml);
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> out = new ArrayList<>();
        Files.readAllLines(csv).forEach(l -> out.add(l.split(",", -1)));
        return out;
    }

    private static String join(List<String[]> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append(String.join(",", r)).append('\n'));
        return b.toString();
    }

    /** Applies {@code f} to the cell of the named column in every data row. */
    private static UnaryOperator<List<String[]>> column(String name, UnaryOperator<String> f, int rows) {
        return all -> {
            int c = List.of(all.get(0)).indexOf(name);
            for (int i = 1; i <= Math.min(rows, all.size() - 1); i++) {
                all.get(i)[c] = f.apply(all.get(i)[c]);
            }
            return all;
        };
    }

    private JsonNode check(Path config, int exitCode) throws IOException {
        Cli r = Cli.run("check", config.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(exitCode);
        return new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
    }

    @Test
    void anEmptyFeatureColumnLeavesTheOtherColumnsComparedAndTheItemWarnsAboutIt() throws IOException {
        // case 1: train's 'mean texture' is empty, and test's first nine features are three times as large
        UnaryOperator<List<String[]>> tripled = all -> {
            for (int c = 1; c <= 9; c++) {
                for (int i = 1; i < all.size(); i++) {
                    all.get(i)[c] = String.valueOf(Double.parseDouble(all.get(i)[c]) * 3);
                }
            }
            return all;
        };
        JsonNode report = check(example(column("mean texture", v -> "", Integer.MAX_VALUE), tripled, ""), 1);
        assertThat(report.get("verdict").asText()).isEqualTo("NOT_READY");
        JsonNode dd = ReportJson.item(report, "data-distribution");
        assertThat(dd.get("status").asText()).isEqualTo("FAIL");
        assertThat(dd.get("summary").asText()).contains("train vs test: column 'mean texture' not compared (no "
                + "value in train)").contains("features differ between train and test");
        assertThat(dd.get("conditions").findValuesAsText("condition")).contains("did-not-run",
                "features-same-distribution");
    }

    @Test
    void anEmptyFeatureColumnAloneMakesTheItemWarnNotPass() throws IOException {
        JsonNode report = check(example(column("mean texture", v -> "", Integer.MAX_VALUE), UnaryOperator.identity(),
                ""), 0);
        JsonNode dd = ReportJson.item(report, "data-distribution");
        assertThat(dd.get("status").asText()).isEqualTo("WARN");
        assertThat(dd.get("summary").asText()).isEqualTo("train vs test: column 'mean texture' not compared (no "
                + "value in train).");
    }

    @Test
    void unlabelledProductionDataIsComparedOnItsFeaturesAndOutputs() throws IOException {
        Path config = example(UnaryOperator.identity(), UnaryOperator.identity(), "");
        List<String[]> test = rows(dir.resolve("test.csv"));
        int target = List.of(test.get(0)).indexOf("target");
        StringBuilder production = new StringBuilder();
        for (String[] r : test) {
            List<String> cells = new ArrayList<>(List.of(r));
            cells.remove(target);
            production.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(dir.resolve("production.csv"), production);
        Files.writeString(config, Files.readString(config).replace("  test: test.csv\n",
                "  test: test.csv\n  production: production.csv\n"));
        JsonNode dd = ReportJson.item(check(config, 0), "data-distribution");
        assertThat(dd.get("status").asText()).isEqualTo("PASS");
        assertThat(dd.get("evidence").findValuesAsText("id")).contains("drifted_share.train_production");
        assertThat(dd.get("findings").toString()).contains("the production data has no 'target' column");
    }

    @Test
    void infiniteValuesAreNotedAndTreatedAsMissingByEveryCheck() throws IOException {
        // case 2: 'inf' in five training values of one feature
        JsonNode report = check(example(column("mean area", v -> "inf", 5), UnaryOperator.identity(), ""), 0);
        assertThat(report.get("data_notes").toString()).contains("column 'mean area' holds 5 infinite values (data "
                + "rows 1, 2, 3, 4, 5); every check treats them as missing values");
        for (JsonNode i : report.get("items")) {
            assertThat(i.get("status").asText()).as(i.get("id").asText()).isNotEqualTo("ERROR");
        }
        assertThat(ReportJson.item(report, "baseline").get("summary").asText()).contains("on 30 numeric features");
        assertThat(ReportJson.item(report, "data-distribution").get("status").asText()).isEqualTo("PASS");
    }

    @Test
    void aFallbackModelThatCannotLoadIsAConfigurationError() throws IOException {
        // case 8: exit 2 with the reason on standard error, before any check runs
        Path models = Cli.repo().resolve("examples/breast-cancer-onnx");
        Path broken = Files.writeString(dir.resolve("tree.pmml"), "<PMML");
        String yaml = Files.readString(models.resolve("greenlight.yaml")).replace("models/", models.resolve("models")
                + "/").replace("train: ", "train: " + models + "/").replace("test: ", "test: " + models + "/");
        yaml = yaml.replace(models.resolve("models") + "/tree.pmml", broken.toString());
        Path config = Files.writeString(dir.resolve("models.yaml"), yaml);
        Cli r = Cli.run("check", config.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("greenlight: error: ").contains("the fallback model 'tree' cannot be "
                + "loaded").contains("tree.pmml").doesNotContain("\tat ");
        assertThat(dir.resolve("out/report.json")).doesNotExist();
    }
}
