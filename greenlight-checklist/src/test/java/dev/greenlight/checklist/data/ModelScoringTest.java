package dev.greenlight.checklist.data;

import dev.greenlight.progress.Progress;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.table.NumericColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How {@code check} scores datasets with a configured model, for each kind of output. */
class ModelScoringTest {

    @TempDir
    Path dir;

    @Test
    void aMulticlassModelWithUnnamedProbabilitiesIsReadInSortedLabelOrder() throws IOException {
        String data = "x,y\n0.1,a\n0.9,b\n2.2,c\n1.1,b\n-0.3,a\n1.8,c\n";
        Files.writeString(dir.resolve("train.csv"), data);
        Files.writeString(dir.resolve("test.csv"), data);
        Files.writeString(dir.resolve("greenlight.yaml"), """
                version: 1
                model: {name: centroids}
                task: multiclass
                target: y
                datasets: {train: train.csv, test: test.csv}
                models:
                  - {name: centroids, type: jvm, provider: centroids}
                """);
        GreenlightConfig config = ConfigLoader.load(dir.resolve("greenlight.yaml"));
        EvaluationData prepared = DatasetPreparer.prepare(config, Progress.SILENT);
        ClassificationOutcomes o = (ClassificationOutcomes) prepared.test().outcomes();
        assertThat(o.labels()).containsExactly("a", "b", "c");
        assertThat(o.yPred()).containsExactly(0, 1, 2, 1, 0, 2);
        double e = Math.exp(-0.01) + Math.exp(-0.81) + Math.exp(-3.61);
        assertThat(o.probabilities()[0][0]).isCloseTo(Math.exp(-0.01) / e, within(1e-15));
        NumericColumn pc = (NumericColumn) prepared.test().table().column("greenlight.p_c");
        assertThat(pc.get(2)).isEqualTo(o.probabilities()[2][2]);
        assertThat(prepared.features()).containsOnlyKeys("x");
    }

    @Test
    void datasetsWithPredictionColumnsKeepThem() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("examples"))) {
            root = root.getParent();
        }
        Path bc = root.resolve("examples/breast-cancer");
        Files.writeString(dir.resolve("greenlight.yaml"), """
                version: 1
                model: {name: gbm}
                task: binary
                target: target
                positive_label: 0
                prediction: {label: prediction, score: score}
                columns: {id: id}
                datasets: {train: %s, test: %s}
                models:
                  - {name: logreg, type: onnx, path: %s}
                """.formatted(bc.resolve("train.csv"), bc.resolve("test.csv"),
                root.resolve("examples/breast-cancer-onnx/models/logreg.onnx")));
        GreenlightConfig config = ConfigLoader.load(dir.resolve("greenlight.yaml"));
        EvaluationData prepared = DatasetPreparer.prepare(config, Progress.SILENT);
        NumericColumn fileScores = (NumericColumn) prepared.test().table().column("score");
        ClassificationOutcomes o = (ClassificationOutcomes) prepared.test().outcomes();
        assertThat(o.positiveScores()[0]).isEqualTo(fileScores.get(0));
        assertThat(prepared.test().table().has("greenlight.score")).isFalse();
        assertThat(prepared.notes()).noneMatch(n -> n.contains("scored by Greenlight"));
    }
}
