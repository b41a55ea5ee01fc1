package dev.greenlight.checklist;

import dev.greenlight.checklist.data.DatasetPreparer;
import dev.greenlight.checklist.plan.IntegrationCheck;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recorded predictions against the configured model: the breast-cancer ONNX example's test rows with scikit-learn's
 * own logistic-regression predictions recorded (they match the ONNX model) or the random forest's (they do not).
 */
class RecordedPredictionsTest {
    @TempDir
    Path dir;

    /** test.csv with two more columns taken from expected_test.csv: {@code <model>_p0} and {@code <model>_label}. */
    private Path testWithRecorded(String model) throws IOException {
        List<String> data = Files.readAllLines(ModelProject.example("test.csv"));
        List<String> expected = Files.readAllLines(ModelProject.example("models/expected_test.csv"));
        List<String> header = List.of(expected.get(0).split(","));
        int p0 = header.indexOf(model + "_p0");
        int label = header.indexOf(model + "_label");
        StringBuilder out = new StringBuilder(data.get(0)).append(",recorded_label,recorded_score\n");
        for (int i = 1; i < data.size(); i++) {
            String[] e = expected.get(i).split(",");
            out.append(data.get(i)).append(',').append(e[label]).append(',').append(e[p0]).append('\n');
        }
        Path f = dir.resolve(model + "-test.csv");
        Files.writeString(f, out);
        return f;
    }

    private CheckResult integration(Path test) throws IOException {
        String yaml = """
                version: 1
                model: {name: logreg-under-test, version: "1"}
                task: binary
                target: target
                positive_label: 0
                prediction: {label: recorded_label, score: recorded_score}
                columns: {id: id}
                datasets: {train: %s, test: %s}
                models:
                  - {name: logreg, type: onnx, path: %s}
                plan:
                  integration: {mode: batch, human_in_the_loop: no, feedback: f, fallback: none, transparency: t,
                                cost_of_error: c}
                """.formatted(ModelProject.example("train.csv"), test, ModelProject.example("models/logreg.onnx"));
        Path file = dir.resolve("greenlight.yaml");
        Files.writeString(file, yaml);
        GreenlightConfig cfg = ConfigLoader.load(file);
        CheckContext ctx = new CheckContext(cfg, DatasetPreparer.prepare(cfg, Progress.SILENT),
                LocalDate.of(2026, 12, 2), Progress.SILENT);
        return new IntegrationCheck().run(ctx);
    }

    @Test
    void predictionsRecordedFromTheSameModelAgree() throws IOException {
        CheckResult r = integration(testWithRecorded("logreg"));
        assertThat(r.evidence()).anyMatch(e -> e.name().equals("recorded predictions that differ from model "
                + "'logreg' (test)") && e.value() == 0.0 && e.n() == 143);
        assertThat(r.status()).as(r.summary() + r.findings()).isEqualTo(Status.PASS);
    }

    @Test
    void predictionsRecordedFromAnotherModelFailTheItem() throws IOException {
        CheckResult r = integration(testWithRecorded("forest"));
        assertThat(r.evidence()).anyMatch(e -> e.name().startsWith("recorded predictions that differ")
                && e.value() > 0.5);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.summary()).contains("differ from model 'logreg'");
    }
}
