package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code greenlight bench} with a short plan (the figures themselves are in BENCHMARKS.md; no test compares
 * timings): the JSON has the documented shape, the table reads, and a model that fails is reported without
 * stopping the others.
 */
class BenchCommandTest {
    static final String[] SHORT = {"--warmup", "20", "--iterations", "50", "--max-seconds", "0.3"};

    @TempDir
    Path dir;

    static String[] args(String... first) {
        String[] out = new String[first.length + SHORT.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(SHORT, 0, out, first.length, SHORT.length);
        return out;
    }

    @Test
    void jsonHasOneObjectWithTheHarnessOverheadAndAModelsList() throws Exception {
        Cli r = Cli.run(args("bench", Cli.example("breast-cancer-onnx"), "--model", "logreg", "--format", "json"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("overhead_ms").isNumber()).isTrue();
        assertThat(json.get("models")).hasSize(1);
        JsonNode m = json.get("models").get(0);
        assertThat(m.get("name").asText()).isEqualTo("logreg");
        for (String key : new String[]{"load_ms", "throughput_per_s", "peak_rss_mb", "cost_per_1k"}) {
            assertThat(m.get(key).isNumber()).as(key).isTrue();
        }
        for (String size : new String[]{"1", "32", "256"}) {
            for (String p : new String[]{"p50", "p90", "p99", "p999", "max"}) {
                assertThat(m.at("/latency_ms/" + size + "/" + p).isNumber()).as(size + " " + p).isTrue();
            }
        }
        assertThat(m.get("concurrency")).hasSize(2);
        assertThat(m.get("currency").asText()).isEqualTo("USD");
        assertThat(r.err()).contains("greenlight: benchmarking model 'logreg' (");
    }

    @Test
    void theTableShowsEachModelsFigures() {
        Cli r = Cli.run(args("bench", Cli.example("diabetes-pmml"), "--model", "linear", "--quiet"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Harness overhead per call (no-op model): p50 ")
                .contains("linear (pmml, fallback): JPMML-Evaluator 1.6.11")
                .contains("rows threads     p50 ms     p90 ms     p99 ms   p99.9 ms     max ms       rows/s");
    }

    @Test
    void aSlowEndpointFailsItsBenchmarkWithTheTimeoutAndTheOthersAreMeasured() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/invocations", ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.start();
        try {
            Path config = dir.resolve("greenlight.yaml");
            Path example = Cli.repo().resolve("examples/breast-cancer-onnx");
            Files.writeString(config, """
                    version: 1
                    model: {name: served}
                    task: binary
                    target: target
                    columns: {id: id}
                    datasets: {train: %s, test: %s}
                    models:
                      - {name: slow, type: remote, protocol: mlflow, timeout_ms: 200,
                         url: "http://127.0.0.1:%d/invocations"}
                      - {name: tree, type: pmml, path: %s}
                    """.formatted(example.resolve("train.csv"), example.resolve("test.csv"),
                    server.getAddress().getPort(), example.resolve("models/tree.pmml")));
            Cli r = Cli.run(args("bench", config.toString(), "--format", "json", "--quiet"));
            assertThat(r.exitCode()).isEqualTo(2);
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.at("/models/0/error").asText()).isEqualTo("model 'slow' (remote, http://127.0.0.1:"
                    + server.getAddress().getPort() + "/invocations): did not answer 1 row(s) within the timeout of "
                    + "200 ms (timeout_ms)");
            assertThat(json.at("/models/1/latency_ms/1/p50").isNumber()).isTrue();
            assertThat(r.err()).startsWith("greenlight: error: model 'slow' (remote, ");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void helpListsScoreAndBench() {
        Cli r = Cli.run("--help");
        assertThat(r.out()).contains("score").contains("bench");
        assertThat(Cli.run("bench", "--help").out()).contains("--model").contains("--format");
    }

    @Test
    void anUnknownModelIsNamed() {
        Cli r = Cli.run("bench", Cli.example("breast-cancer-onnx"), "--model", "logreg2");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--model: no model named 'logreg2' in greenlight.yaml (did you mean "
                + "'logreg'?)");
    }
}
