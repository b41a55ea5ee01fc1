package dev.greenlight.config;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.error.InvalidConfigException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code models:} and {@code bench:} sections: defaults, roles, and what each model type needs. */
class ModelConfigTest {

    @TempDir
    Path dir;

    static final String BASE = """
            version: 1
            model: {name: churn}
            task: binary
            target: churned
            datasets: {train: train.csv, test: test.csv}
            """;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("train.csv"), "a,churned\n1,0\n");
        Files.writeString(dir.resolve("test.csv"), "a,churned\n1,0\n");
        Files.writeString(dir.resolve("m.onnx"), "x");
        Files.writeString(dir.resolve("m.pmml"), "x");
    }

    private GreenlightConfig load(String yaml) throws IOException {
        Path f = dir.resolve("greenlight.yaml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f);
    }

    private String problem(String yaml) {
        return assertThatThrownBy(() -> load(yaml)).isInstanceOf(InvalidConfigException.class).actual()
                .getMessage();
    }

    @Test
    void aModelStandsInForPredictionColumns() throws IOException {
        GreenlightConfig c = load(BASE + "models:\n  - {name: gbm, type: onnx, path: m.onnx}\n");
        ModelConfig m = c.primaryModel().orElseThrow();
        assertThat(m.role()).isEqualTo(ModelRole.PRIMARY);
        assertThat(m.path()).isEqualTo(dir.resolve("m.onnx").toAbsolutePath().normalize());
        assertThat(m.device()).isEqualTo("cpu");
        assertThat(m.timeout()).isNull();
        assertThat(m.timeoutOrDefault()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.prediction().score()).isEqualTo("greenlight.score");
        assertThat(c.prediction().label()).isEqualTo("greenlight.label");
        assertThat(c.metrics().primary()).as("a model gives scores").isEqualTo("roc_auc");
        assertThat(c.bench()).isEqualTo(GreenlightConfig.BenchSettings.DEFAULT);
    }

    @Test
    void neitherPredictionColumnsNorModelsIsOneProblem() {
        assertThat(problem(BASE)).contains("needs one of the keys 'models' or 'prediction'");
    }

    @Test
    void theFirstModelIsPrimaryUnlessOneIsDeclared() throws IOException {
        GreenlightConfig c = load(BASE + """
                models:
                  - {name: a, type: onnx, path: m.onnx}
                  - {name: b, type: pmml, path: m.pmml, role: fallback}
                  - {name: c, type: remote, url: "http://localhost:8080/v2/models/c/infer", timeout_ms: 250}
                """);
        assertThat(c.models()).extracting(ModelConfig::role).containsExactly(ModelRole.PRIMARY, ModelRole.FALLBACK,
                ModelRole.CANDIDATE);
        assertThat(c.fallbackModel().orElseThrow().name()).isEqualTo("b");
        ModelConfig remote = c.model("c").orElseThrow();
        assertThat(remote.protocol()).isEqualTo("open-inference");
        assertThat(remote.timeout()).isEqualTo(Duration.ofMillis(250));
        GreenlightConfig declared = load(BASE + """
                models:
                  - {name: a, type: onnx, path: m.onnx}
                  - {name: b, type: pmml, path: m.pmml, role: primary}
                """);
        assertThat(declared.primaryModel().orElseThrow().name()).isEqualTo("b");
        assertThat(declared.model("a").orElseThrow().role()).isEqualTo(ModelRole.CANDIDATE);
    }

    @Test
    void eachTypeNeedsItsKeysAndRefusesOthers() {
        String m = problem(BASE + """
                models:
                  - {name: a, type: onnx}
                  - {name: b, type: remote, path: m.onnx, url: "http://h/invocations", protocol: mlflow}
                  - {name: c, type: jvm}
                  - {name: d, type: pmml, path: missing.pmml, device: cuda, inputs: [a]}
                """);
        assertThat(m).contains("greenlight.yaml:7: key 'models.0': a onnx model needs 'path' (the model file)")
                .contains("key 'models.1.path': a remote model has no 'path' (it applies to jvm, onnx, pmml models)")
                .contains("key 'models.2': a jvm model needs 'provider' (the ModelProvider's name)")
                .contains("key 'models.3.path': model file not found: ")
                .contains("key 'models.3.device': a pmml model has no 'device' (it applies to onnx models)")
                .contains("key 'models.3.inputs': a pmml model has no 'inputs' (it applies to jvm, onnx, remote "
                        + "models)");
    }

    @Test
    void namesRolesAndUrlsAreChecked() {
        String m = problem(BASE + """
                models:
                  - {name: a, type: onnx, path: m.onnx, role: fallback}
                  - {name: a, type: pmml, path: m.pmml, role: fallback}
                  - {name: r, type: remote, url: "http:///infer"}
                """);
        assertThat(m).contains("key 'models.1.name': a second model named 'a'; names must differ")
                .contains("2 models have role 'fallback'; declare one")
                .contains("key 'models.2.url': 'http:///infer' names no host");
        assertThat(problem(BASE + "models:\n  - {name: a, type: onnx, path: m.onnx, role: fallback}\n"))
                .contains("every model is a fallback; one must be the primary");
        assertThat(problem(BASE + "models:\n  - {name: a, type: tensorflow, path: m.onnx}\n"))
                .contains("key 'models.0.type': expected one of onnx, pmml, remote, jvm");
    }

    @Test
    void benchSettingsAndPricesAreRead() throws IOException {
        GreenlightConfig c = load(BASE + """
                models:
                  - {name: a, type: onnx, path: m.onnx, instance_hour: 2.5, outputs: {classes: [0, 1]}}
                  - {name: b, type: jvm, provider: mine, options: {alpha: 0.5, mode: fast}}
                bench: {batch_sizes: [1, 8], concurrency: [2], warmup: 10, iterations: 50, max_seconds: 0.5,
                        instance_hour: 0.4, currency: EUR}
                """);
        var b = c.bench();
        assertThat(b.batchSizes()).containsExactly(1, 8);
        assertThat(b.concurrency()).containsExactly(2);
        assertThat(List.of(b.warmup(), b.iterations())).containsExactly(10, 50);
        assertThat(b.maxSeconds()).isEqualTo(0.5);
        assertThat(b.currency()).isEqualTo("EUR");
        assertThat(b.instanceHour(c.model("a").orElseThrow())).isEqualTo(2.5);
        assertThat(b.instanceHour(c.model("b").orElseThrow())).isEqualTo(0.4);
        assertThat(c.model("a").orElseThrow().outputs().classes()).containsExactly("0", "1");
        assertThat(c.model("b").orElseThrow().options()).containsEntry("alpha", "0.5").containsEntry("mode", "fast");
    }
}
