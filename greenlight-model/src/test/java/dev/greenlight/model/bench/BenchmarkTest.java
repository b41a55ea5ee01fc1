package dev.greenlight.model.bench;

import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.model.Fixtures;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.table.Table;
import dev.greenlight.progress.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The benchmark on real models in worker processes, with a small plan (the full one is `greenlight bench`; its
 * figures are in BENCHMARKS.md). No test compares timings: they depend on the machine. The tests check what was
 * measured, that a bad model costs only its own result, and that the JSON reads back as written.
 */
class BenchmarkTest {
    static final BenchPlan PLAN = new BenchPlan(List.of(1, 8), List.of(1, 2), 20, 100, 0.5);

    @TempDir
    static Path dir;
    static GreenlightConfig config;
    static BenchReport report;

    @BeforeAll
    static void run() throws Exception {
        Path corrupt = dir.resolve("corrupt.onnx");
        Files.writeString(corrupt, "not a model");
        Path yaml = dir.resolve("greenlight.yaml");
        Files.writeString(yaml, """
                version: 1
                model: {name: bench-test}
                task: binary
                target: target
                columns: {id: id}
                datasets: {train: %s, test: %s}
                models:
                  - {name: logreg, type: onnx, path: %s}
                  - {name: tree, type: pmml, path: %s, role: fallback}
                  - {name: broken, type: onnx, path: %s}
                bench: {instance_hour: 0.36, currency: EUR}
                """.formatted(Fixtures.breastCancer("train.csv"), Fixtures.breastCancer("test.csv"),
                Fixtures.breastCancer("models/logreg.onnx"), Fixtures.breastCancer("models/tree.pmml"), corrupt));
        config = ConfigLoader.load(yaml);
        Table test = Fixtures.read(Fixtures.breastCancer("test.csv"));
        List<String> features = ModelInputs.defaultFeatures(config, test);
        List<String> events = new ArrayList<>();
        report = Benchmark.run(config, config.models(), test, features, PLAN, new Progress() {
            @Override
            public void step(String what) {
                events.add("start " + what);
            }

            @Override
            public void done(String what, long millis) {
                events.add("end " + what);
            }
        });
        assertThat(events).containsExactly("start measuring the benchmark harness (no-op model)",
                "end measuring the benchmark harness (no-op model)", "start benchmarking model 'logreg'",
                "end benchmarking model 'logreg'", "start benchmarking model 'tree'", "end benchmarking model 'tree'",
                "start benchmarking model 'broken'", "end benchmarking model 'broken': failed");
    }

    @Test
    void eachModelIsMeasuredAtEveryBatchSizeAndConcurrencyLevel() {
        assertThat(report.models()).extracting(ModelBenchmark::name).containsExactly("logreg", "tree", "broken");
        for (String name : new String[]{"logreg", "tree"}) {
            ModelBenchmark m = report.model(name).orElseThrow();
            assertThat(m.ok()).as(m.error()).isTrue();
            assertThat(m.batches()).extracting(Measurement::batchSize).containsExactly(1, 8);
            assertThat(m.concurrency()).extracting(Measurement::threads).containsExactly(1, 2);
            for (Measurement x : m.batches()) {
                assertThat(x.latency().count()).isBetween(1L, 100L);
                assertThat(x.latency().p50()).isPositive().isLessThanOrEqualTo(x.latency().p99());
                assertThat(x.latency().p99()).isLessThanOrEqualTo(x.latency().max());
                assertThat(x.throughputPerS()).isPositive();
            }
            assertThat(m.loadMs()).isPositive();
            assertThat(m.modelSizeMb()).isPositive();
            assertThat(m.peakRssMb()).as("VmHWM of the worker").isGreaterThan(m.peakHeapMb());
            assertThat(m.role()).isEqualTo(name.equals("tree") ? "fallback" : "primary");
        }
        assertThat(report.model("logreg").orElseThrow().runtime()).startsWith("ONNX Runtime 1.20.0 (CPU)");
        assertThat(report.model("tree").orElseThrow().runtime()).isEqualTo("JPMML-Evaluator 1.6.11");
    }

    @Test
    void theCostOf1000PredictionsFollowsFromThePriceAndTheBestThroughput() {
        ModelBenchmark m = report.model("logreg").orElseThrow();
        double best = m.batches().stream().mapToDouble(Measurement::throughputPerS).max().orElseThrow();
        best = Math.max(best, m.concurrency().stream().mapToDouble(Measurement::throughputPerS).max().orElseThrow());
        assertThat(m.throughputPerS()).isEqualTo(best);
        assertThat(m.currency()).isEqualTo("EUR");
        assertThat(m.costPer1k()).isCloseTo(0.36 / 3600 / best * 1000, within(1e-15));
    }

    @Test
    void aModelThatCannotLoadGetsItsErrorAndTheOthersAreStillMeasured() {
        ModelBenchmark broken = report.model("broken").orElseThrow();
        assertThat(broken.ok()).isFalse();
        assertThat(broken.error()).startsWith("model 'broken' (onnx, " + dir.resolve("corrupt.onnx") + "): ONNX "
                + "Runtime cannot load it");
    }

    @Test
    void theHarnessOverheadIsMeasuredOnANoOpModel() {
        assertThat(report.overhead().count()).isEqualTo(100);
        assertThat(report.overheadMs()).isPositive();
    }

    @Test
    void theJsonHasTheDocumentedKeysAndReadsBackAsWritten() throws Exception {
        String json = BenchJson.write(report);
        var root = BenchJson.JSON.readTree(json);
        assertThat(root.get("overhead_ms").asDouble()).isEqualTo(report.overheadMs());
        var logreg = root.get("models").get(0);
        assertThat(logreg.get("name").asText()).isEqualTo("logreg");
        for (String key : new String[]{"load_ms", "throughput_per_s", "peak_rss_mb", "cost_per_1k"}) {
            assertThat(logreg.get(key).isNumber()).as(key).isTrue();
        }
        for (String p : new String[]{"p50", "p90", "p99", "p999", "max"}) {
            assertThat(logreg.at("/latency_ms/1/" + p).isNumber()).as(p).isTrue();
            assertThat(logreg.at("/latency_ms/8/" + p).isNumber()).as(p).isTrue();
        }
        assertThat(root.get("models").get(2).get("error").asText()).contains("ONNX Runtime cannot load it");
        assertThat(BenchJson.read(json)).isEqualTo(report);
    }
}
