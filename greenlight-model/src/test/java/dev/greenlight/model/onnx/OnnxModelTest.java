package dev.greenlight.model.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.config.GreenlightConfig.ModelOutputs;
import dev.greenlight.metrics.Task;
import dev.greenlight.model.Fixtures;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.Models;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.greenlight.model.Fixtures.maxAbsDiff;
import static dev.greenlight.model.Fixtures.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * ONNX models built from scikit-learn models ({@code examples/*}{@code /make_models.py}) give scikit-learn's
 * predictions. The graphs compute in float32, as converted models do, so probabilities agree to float32 precision
 * (about 1e-7 relative) and labels exactly.
 */
class OnnxModelTest {
    static final Map<String, List<String>> EXPECTED = Fixtures.expected(Fixtures.breastCancer(
            "models/expected_test.csv"));
    static final Table TEST = Fixtures.read(Fixtures.breastCancer("test.csv"));

    @TempDir
    Path dir;

    private static Model load(ModelConfig m, ModelContext context) {
        return Models.load(m, context);
    }

    @Test
    void logisticRegressionGraphMatchesScikitLearnPredictProba() {
        try (Model m = load(Fixtures.model("logreg", "onnx", Fixtures.breastCancer("models/logreg.onnx")),
                Fixtures.binary())) {
            Predictions p = m.predict(TEST);
            assertThat(p.classes()).isNull();
            double diff = Math.max(maxAbsDiff(p.probabilities()[0], numbers(EXPECTED.get("logreg_p0"))),
                    maxAbsDiff(p.probabilities()[1], numbers(EXPECTED.get("logreg_p1"))));
            assertThat(diff).as("max |ONNX - predict_proba|").isLessThan(1e-6);
            assertThat(p.labels()).containsExactlyElementsOf(EXPECTED.get("logreg_label"));
        }
    }

    @Test
    void treeEnsembleWithZipMapMatchesScikitLearnRandomForest() {
        try (Model m = load(Fixtures.model("forest", "onnx", Fixtures.breastCancer("models/forest.onnx")),
                Fixtures.binary())) {
            Predictions p = m.predict(TEST);
            assertThat(p.classes()).as("named by the ZipMap's keys").containsExactly("0", "1");
            double diff = Math.max(maxAbsDiff(p.probabilities()[0], numbers(EXPECTED.get("forest_p0"))),
                    maxAbsDiff(p.probabilities()[1], numbers(EXPECTED.get("forest_p1"))));
            assertThat(diff).as("max |ONNX - predict_proba|").isLessThan(1e-6);
            assertThat(p.labels()).containsExactlyElementsOf(EXPECTED.get("forest_label"));
        }
    }

    @Test
    void treeEnsembleRegressorMatchesScikitLearnGradientBoosting() {
        Map<String, List<String>> expected = Fixtures.expected(Fixtures.diabetes("models/expected_test.csv"));
        try (Model m = load(Fixtures.model("gbr", "onnx", Fixtures.diabetes("models/gbr.onnx")),
                Fixtures.regression())) {
            Predictions p = m.predict(Fixtures.diabetesTest());
            // float32 sums of 40 leaf values near 150: a few float32 ulps (1.5e-5 each)
            assertThat(maxAbsDiff(p.values(), numbers(expected.get("gbr")))).as("max |ONNX - predict|")
                    .isLessThan(1e-3);
        }
    }

    @Test
    void smallBatchesGiveTheSamePredictionsAsOneLargeOne() {
        try (Model m = load(Fixtures.model("logreg", "onnx", Fixtures.breastCancer("models/logreg.onnx")),
                Fixtures.binary())) {
            Predictions all = m.predict(TEST);
            Predictions one = m.predict(TEST.select(new int[]{7}));
            assertThat(one.probabilities()[1][0]).isEqualTo(all.probabilities()[1][7]);
        }
    }

    @Test
    void callsFromSeveralThreadsAtOnceGiveTheSameAnswers() throws Exception {
        try (Model m = load(Fixtures.model("forest", "onnx", Fixtures.breastCancer("models/forest.onnx")),
                Fixtures.binary())) {
            double[] reference = m.predict(TEST).probabilities()[1];
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<double[]>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> m.predict(TEST).probabilities()[1]));
            }
            for (Future<double[]> f : runs) {
                assertThat(f.get()).containsExactly(reference);
            }
            pool.shutdown();
        }
    }

    @Test
    void aCorruptFileNamesTheFileAndTheRuntimeError() throws Exception {
        Path bad = dir.resolve("corrupt.onnx");
        Files.write(bad, "this is not a protobuf".getBytes());
        assertThatThrownBy(() -> load(Fixtures.model("bad", "onnx", bad), Fixtures.binary()))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("model 'bad' (onnx, " + bad + "): ONNX Runtime cannot load it:");
    }

    @Test
    void aTruncatedFileIsRefusedAtLoad() throws Exception {
        byte[] good = Files.readAllBytes(Fixtures.breastCancer("models/forest.onnx"));
        Path bad = dir.resolve("truncated.onnx");
        Files.write(bad, java.util.Arrays.copyOf(good, good.length / 2));
        assertThatThrownBy(() -> load(Fixtures.model("cut", "onnx", bad), Fixtures.binary()))
                .isInstanceOf(ModelException.class).hasMessageContaining("ONNX Runtime cannot load it");
    }

    @Test
    void tooFewInputColumnsSayHowManyTheTensorTakes() {
        List<String> fewer = Fixtures.BREAST_CANCER_FEATURES.subList(0, 29);
        assertThatThrownBy(() -> load(Fixtures.model("logreg", "onnx", Fixtures.breastCancer("models/logreg.onnx")),
                new ModelContext(Task.BINARY, fewer)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("input 'input' takes 30 values per row (shape [-1, 30]), but 29 columns are "
                        + "given for it (the features: list the model's columns under 'inputs')");
    }

    @Test
    void aMissingInputColumnIsNamedWithTheNearestColumn() {
        try (Model m = load(Fixtures.model("logreg", "onnx", Fixtures.breastCancer("models/logreg.onnx")),
                Fixtures.binary())) {
            List<dev.greenlight.table.Column> cols = new ArrayList<>();
            for (var c : TEST.columns()) {
                cols.add(c.name().equals("worst area") ? new dev.greenlight.table.NumericColumn("worst_area",
                        ColumnType.NUMERIC, ((dev.greenlight.table.NumericColumn) c).toArray()) : c);
            }
            Table renamed = Table.of(cols);
            assertThatThrownBy(() -> m.predict(renamed)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("reads the column 'worst area', which the data does not have (did you "
                            + "mean 'worst_area'?); columns present: id, mean radius,");
        }
    }

    @Test
    void textInANumericInputIsAnErrorNamingAValue() {
        try (Model m = load(Fixtures.model("logreg", "onnx", Fixtures.breastCancer("models/logreg.onnx")),
                Fixtures.binary())) {
            List<String> text = new ArrayList<>(Collections.nCopies(TEST.rowCount(), "large"));
            Table wrong = TEST.with(CategoricalColumn.of("mean radius", ColumnType.CATEGORICAL, text));
            assertThatThrownBy(() -> m.predict(wrong)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("reads the column 'mean radius' as numbers, but it holds categorical "
                            + "values such as 'large'");
        }
    }

    @Test
    void aDeclaredOutputThatDoesNotExistListsTheOutputs() {
        ModelConfig m = withOutputs(new ModelOutputs(null, "probs", null, null));
        assertThatThrownBy(() -> load(m, Fixtures.binary())).isInstanceOf(ModelException.class)
                .hasMessageContaining("has no output 'probs'; its outputs: label int64[-1], probabilities "
                        + "float[-1, 2]");
    }

    @Test
    void aClassifierCannotServeARegressionTask() {
        assertThatThrownBy(() -> load(Fixtures.model("logreg", "onnx", Fixtures.breastCancer("models/logreg.onnx")),
                new ModelContext(Task.REGRESSION, Fixtures.BREAST_CANCER_FEATURES)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("has no output Greenlight can read as a predicted value");
    }

    @Test
    void declaredClassesNameTheProbabilityColumns() {
        ModelConfig m = withOutputs(new ModelOutputs("label", "probabilities", null, List.of("benign?", "x")));
        try (Model model = load(m, Fixtures.binary())) {
            assertThat(model.predict(TEST).classes()).containsExactly("benign?", "x");
        }
    }

    private static ModelConfig withOutputs(ModelOutputs outputs) {
        ModelConfig m = Fixtures.model("logreg", "onnx", Fixtures.breastCancer("models/logreg.onnx"));
        return new ModelConfig(m.name(), m.type(), m.role(), m.path(), null, null, null, null, outputs, null, "cpu",
                null, null, Map.of());
    }

    @Test
    void cudaOnTheCpuBuildFailsWithTheReason() {
        assumeFalse(OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA),
                "this ONNX Runtime has the CUDA provider; the GPU test below covers it");
        ModelConfig m = Fixtures.model("logreg", "onnx", Fixtures.breastCancer("models/logreg.onnx"));
        ModelConfig cuda = new ModelConfig(m.name(), m.type(), m.role(), m.path(), null, null, null, null,
                m.outputs(), null, "cuda", null, null, Map.of());
        assertThatThrownBy(() -> load(cuda, Fixtures.binary())).isInstanceOf(ModelException.class)
                .hasMessageContaining("asks for device 'cuda', but the ONNX Runtime on the class path offers only "
                        + "[CPU]: it is the CPU build");
    }

    @Test
    void cudaScoresLikeTheCpuWhereAGpuIsPresent() {
        assumeTrue(OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA),
                "skipped: no CUDA execution provider (Greenlight ships the CPU build of ONNX Runtime, and this "
                        + "machine has no GPU build or no GPU)");
        ModelConfig m = Fixtures.model("logreg", "onnx", Fixtures.breastCancer("models/logreg.onnx"));
        ModelConfig cuda = new ModelConfig(m.name(), m.type(), m.role(), m.path(), null, null, null, null,
                m.outputs(), null, "cuda", null, null, Map.of());
        try (Model gpu = load(cuda, Fixtures.binary())) {
            assertThat(maxAbsDiff(gpu.predict(TEST).probabilities()[1], numbers(EXPECTED.get("logreg_p1"))))
                    .isLessThan(1e-5);
        }
    }
}
