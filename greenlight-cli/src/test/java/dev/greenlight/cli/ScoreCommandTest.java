package dev.greenlight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code greenlight score}: batch scoring with the configured model, checked against scikit-learn's values. */
class ScoreCommandTest {

    @TempDir
    Path dir;

    static Path example(String name, String file) {
        return Cli.repo().resolve("examples").resolve(name).resolve(file);
    }

    @Test
    void scoresTheTestSetWithThePrimaryModelAsScikitLearnDoes() throws IOException {
        Path out = dir.resolve("scores.csv");
        Cli r = Cli.run("score", Cli.example("breast-cancer-onnx"), "--dataset", "test", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Scored 143 rows of test.csv with 'logreg' (onnx) in ");
        assertThat(r.err()).contains("greenlight: scored 143 of 143 rows (100%");
        List<String> lines = Files.readAllLines(out);
        List<String> expected = Files.readAllLines(example("breast-cancer-onnx", "models/expected_test.csv"));
        assertThat(lines).hasSize(144);
        assertThat(lines.get(0)).isEqualTo("id,prediction,p_0,p_1,served_by");
        for (int i = 1; i < lines.size(); i++) {
            String[] got = lines.get(i).split(",");
            String[] want = expected.get(i).split(",");
            assertThat(got[0]).isEqualTo(want[0]);
            assertThat(got[1]).isEqualTo(want[3]);
            assertThat(Double.parseDouble(got[2])).isCloseTo(Double.parseDouble(want[1]), within(1e-6));
            assertThat(got[4]).isEqualTo("logreg");
        }
    }

    @Test
    void aRegressionModelScoresInBatchesWithProgress() throws IOException {
        Path out = dir.resolve("gbr.csv");
        Cli r = Cli.run("score", Cli.example("diabetes-pmml"), "--out", out.toString(), "--batch-size", "25",
                "--model", "gbr-onnx");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("scored 25 of 111 rows (22%").contains("scored 111 of 111 rows (100%");
        List<String> lines = Files.readAllLines(out);
        List<String> expected = Files.readAllLines(example("diabetes-pmml", "models/expected_test.csv"));
        assertThat(lines.get(0)).as("no fallback for a model named on the command line").isEqualTo("id,prediction");
        for (int i = 1; i < lines.size(); i++) {
            assertThat(Double.parseDouble(lines.get(i).split(",")[1]))
                    .isCloseTo(Double.parseDouble(expected.get(i).split(",")[2]), within(1e-3));
        }
    }

    @Test
    void theFallbackServesWhenThePrimaryEndpointIsDown() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("greenlight.yaml");
        Files.writeString(config, """
                version: 1
                model: {name: served}
                task: binary
                target: target
                columns: {id: id}
                datasets: {train: %s, test: %s}
                models:
                  - {name: endpoint, type: remote, url: "http://127.0.0.1:%d/v2/models/x/infer", timeout_ms: 500}
                  - {name: tree, type: pmml, path: %s, role: fallback}
                """.formatted(example("breast-cancer-onnx", "train.csv"), example("breast-cancer-onnx", "test.csv"),
                port, example("breast-cancer-onnx", "models/tree.pmml")));
        Path out = dir.resolve("scores.csv");
        Cli r = Cli.run("score", config.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("The fallback 'tree' served 143 of 143 rows: 'endpoint' failed or passed its "
                + "500 ms timeout (column served_by).");
        assertThat(Files.readAllLines(out).subList(1, 144)).allMatch(l -> l.endsWith(",tree"));
    }

    @Test
    void badOptionsAreNamed() {
        Cli dataset = Cli.run("score", Cli.example("breast-cancer-onnx"), "--dataset", "tset", "--out", "x.csv");
        assertThat(dataset.exitCode()).isEqualTo(2);
        assertThat(dataset.err()).contains("--dataset: no dataset 'tset' in greenlight.yaml (did you mean 'test'?); "
                + "datasets: train, test");
        Cli model = Cli.run("score", Cli.example("breast-cancer-onnx"), "--model", "forrest", "--out", "x.csv");
        assertThat(model.exitCode()).isEqualTo(2);
        assertThat(model.err()).contains("--model: no model named 'forrest' in greenlight.yaml (did you mean "
                + "'forest'?); models: logreg, forest, tree");
        Cli none = Cli.run("score", Cli.example("breast-cancer"), "--out", "x.csv");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("names no models; add a 'models:' list");
    }
}
