package dev.greenlight.model.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.Models;
import dev.greenlight.model.onnx.OnnxModelLoader;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks one model in a process of its own, started by {@link Benchmark}: the load time is a cold start, and
 * the peak resident memory is that of a process holding just this model (and a JVM), not Greenlight's data.
 * Arguments: the request file and the result file. Exit code 0 with the result written; 2 with the model's problem
 * as the result's {@code error}; 3 on a bug, likewise.
 */
public final class BenchWorker {
    /** The request's model name for the no-op model that measures the harness. */
    static final String NO_OP = "";

    private BenchWorker() {
    }

    public static void main(String[] args) {
        int code;
        Path result = Path.of(args[1]);
        try {
            run(Path.of(args[0]), result);
            code = 0;
        } catch (GreenlightException e) {
            code = writeError(result, e.getMessage(), 2);
        } catch (Throwable t) {
            code = writeError(result, "the benchmark worker failed: " + t, 3);
        }
        System.out.flush();
        System.err.flush();
        // the runtime's native thread pools must not keep the process alive
        Runtime.getRuntime().halt(code);
    }

    /** The error as the result (libraries may write to the console, so the message gets a file of its own). */
    private static int writeError(Path result, String message, int code) {
        try {
            Files.writeString(result, BenchJson.JSON.createObjectNode().put("error", message).toString());
        } catch (IOException e) {
            System.err.println(message);
        }
        return code;
    }

    static void run(Path requestFile, Path resultFile) throws IOException {
        JsonNode request = BenchJson.JSON.readTree(requestFile.toFile());
        GreenlightConfig config = ConfigLoader.load(Path.of(request.get("config").asText()));
        String name = request.get("model").asText();
        List<String> features = new ArrayList<>();
        request.get("features").forEach(f -> features.add(f.asText()));
        BenchPlan plan = BenchJson.readPlan(request.get("plan"));
        Table sample = SampleRows.read(request.get("rows"));
        Map<Integer, List<Table>> batches = new LinkedHashMap<>();
        for (int size : plan.batchSizes()) {
            batches.put(size, SampleRows.batches(sample, size));
        }
        batches.putIfAbsent(1, SampleRows.batches(sample, 1));
        ModelBenchmark result = name.equals(NO_OP) ? measure(null, new NoOpModel(), 0, batches, plan)
                : load(config, name, features, batches, plan);
        Files.writeString(resultFile, BenchJson.JSON.writeValueAsString(BenchJson.model(result)));
    }

    private static ModelBenchmark load(GreenlightConfig config, String name, List<String> features,
                                       Map<Integer, List<Table>> batches, BenchPlan plan) {
        ModelConfig m = config.model(name).orElseThrow(() -> new ModelException("the configuration has no model "
                + "named '" + name + "'"));
        long t0 = System.nanoTime();
        try (Model model = Models.load(m, new ModelContext(config.task(), features))) {
            double loadMs = (System.nanoTime() - t0) / 1e6;
            return measure(m, model, loadMs, batches, plan);
        }
    }

    private static ModelBenchmark measure(ModelConfig m, Model model, double loadMs,
                                          Map<Integer, List<Table>> batches, BenchPlan plan) {
        Harness h = new Harness(model, batches, plan);
        h.warmUp();
        List<Measurement> sizes = h.batchSizes();
        List<Measurement> concurrency = h.concurrency();
        boolean remote = m != null && m.type().equals("remote");
        Double size = null;
        if (m != null && m.path() != null) {
            try {
                size = Files.size(m.path()) / (1024.0 * 1024.0);
            } catch (IOException e) {
                size = null;
            }
        }
        return new ModelBenchmark(m == null ? "no-op" : m.name(), m == null ? "noop" : m.type(),
                m == null ? null : m.role().key(), runtime(m), size, loadMs, sizes, concurrency,
                remote ? null : ProcessMemory.peakHeapMb(), remote ? null : ProcessMemory.peakRssMb(), null, null,
                null);
    }

    /** What runs the model, for reading its figures. */
    static String runtime(ModelConfig m) {
        if (m == null) {
            return "none (measures the harness)";
        }
        return switch (m.type()) {
            case "onnx" -> OnnxModelLoader.runtime(m);
            case "pmml" -> "JPMML-Evaluator " + mavenVersion("org.jpmml", "pmml-evaluator");
            case "remote" -> "HTTP/1.1, " + m.protocol() + " (memory is the server's, not measured)";
            default -> "JVM provider '" + m.provider() + "'";
        };
    }

    /** A library's version from the Maven metadata in its jar; empty when absent. */
    private static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (var in = BenchWorker.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "");
        } catch (IOException e) {
            return "";
        }
    }
}
