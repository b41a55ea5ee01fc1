package dev.greenlight.model.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.ModelException;
import dev.greenlight.progress.Progress;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Benchmarks a configuration's models, each in a fresh JVM ({@link BenchWorker}) run one after the other, so one
 * model's memory, threads and JIT state never colour another's figures, a crash in native code costs one result
 * rather than the run, and a model that hangs is stopped at a deadline. A model that cannot be benchmarked gets
 * its error in the report; the others are still measured.
 */
public final class Benchmark {
    /** Options of the worker JVMs: a bounded heap, and the serial collector, whose threads do not blur CPU time. */
    static final List<String> WORKER_JVM = List.of("-Xms32m", "-Xmx1g", "-XX:+UseSerialGC",
            "-Djava.awt.headless=true");
    /** Time a worker gets beyond its measurements: JVM start, native libraries, writing the result. */
    static final long STARTUP_ALLOWANCE_S = 60;

    private Benchmark() {
    }

    /**
     * @param sample   rows to call the models with (the columns the models read; cycled when there are fewer rows
     *                 than the largest batch)
     * @param features the columns fed to a model that declares no inputs
     * @param progress told when each model's benchmark (and the harness's own, first) starts and ends
     */
    public static BenchReport run(GreenlightConfig config, List<ModelConfig> models, Table sample,
                                  List<String> features, BenchPlan plan, Progress progress) {
        if (sample.rowCount() == 0) {
            throw new ModelException("there are no rows to benchmark the models with");
        }
        if (!Files.isRegularFile(config.file())) {
            throw new ModelException("the benchmark's worker JVMs read the configuration from its file, and "
                    + config.file() + " is none (a configuration built in code); load it from a greenlight.yaml to "
                    + "measure latency, memory and cost");
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("greenlight-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the benchmark", e);
        }
        try {
            ObjectNode rows = SampleRows.write(sample);
            ModelBenchmark overhead = runWorker(config, null, rows, features, plan, dir, progress);
            if (!overhead.ok()) {
                throw new ModelException("the benchmark harness could not run: " + overhead.error());
            }
            List<ModelBenchmark> results = new ArrayList<>();
            for (ModelConfig m : models) {
                ModelBenchmark r = runWorker(config, m, rows, features, plan, dir, progress);
                results.add(r.ok() ? r.withPrice(config.bench().instanceHour(m), config.bench().currency()) : r);
            }
            return new BenchReport(machine(), plan, overhead.realTime().orElseThrow().latency(), results);
        } finally {
            delete(dir);
        }
    }

    private static ModelBenchmark runWorker(GreenlightConfig config, ModelConfig m, ObjectNode rows,
                                            List<String> features, BenchPlan plan, Path dir, Progress progress) {
        String what = m == null ? "measuring the benchmark harness (no-op model)"
                : "benchmarking model '" + m.name() + "'";
        progress.step(what);
        long t0 = System.nanoTime();
        ModelBenchmark r = worker(config, m, rows, features, plan, dir);
        progress.done(what + (r.ok() ? "" : ": failed"), (System.nanoTime() - t0) / 1_000_000);
        return r;
    }

    private static ModelBenchmark worker(GreenlightConfig config, ModelConfig m, ObjectNode rows,
                                         List<String> features, BenchPlan plan, Path dir) {
        String name = m == null ? BenchWorker.NO_OP : m.name();
        String tag = m == null ? "noop" : "model-" + Math.abs(m.name().hashCode());
        Path request = dir.resolve(tag + "-request.json");
        Path result = dir.resolve(tag + "-result.json");
        Path log = dir.resolve(tag + "-log.txt");
        ObjectNode req = BenchJson.JSON.createObjectNode();
        req.put("config", config.file().toAbsolutePath().toString()).put("model", name);
        ArrayNode f = req.putArray("features");
        features.forEach(f::add);
        req.set("plan", BenchJson.plan(plan));
        req.set("rows", rows);
        String type = m == null ? "noop" : m.type();
        String role = m == null ? null : m.role().key();
        try {
            BenchJson.JSON.writeValue(request.toFile(), req);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(WORKER_JVM);
            // the worker stops with Runtime.halt, so nothing it leaves in the temporary folder is deleted on exit:
            // give it this run's folder, which is deleted afterwards
            command.add("-Djava.io.tmpdir=" + dir);
            command.add("-cp");
            StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
            // the worker loads the model as this process would: with the plug-ins' jars (type: jvm providers)
            for (Path jar : dev.greenlight.plugin.Plugins.active()) {
                classPath.append(java.io.File.pathSeparator).append(jar);
            }
            command.add(classPath.toString());
            command.add(BenchWorker.class.getName());
            command.add(request.toString());
            command.add(result.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            long loadLimit = m == null ? 0 : m.timeoutOrDefault().toSeconds();
            long limit = STARTUP_ALLOWANCE_S + loadLimit + (long) Math.ceil(plan.maxMeasuringSeconds());
            if (!process.waitFor(limit, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                return ModelBenchmark.failed(nameOf(m), type, role, "the benchmark did not finish within " + limit
                        + " s and was stopped");
            }
            if (!Files.exists(result)) {
                return ModelBenchmark.failed(nameOf(m), type, role, lastLines(log, process.exitValue()));
            }
            var answer = BenchJson.JSON.readTree(result.toFile());
            if (process.exitValue() != 0 || answer.has("error")) {
                return ModelBenchmark.failed(nameOf(m), type, role, answer.path("error").asText(
                        lastLines(log, process.exitValue())));
            }
            return BenchJson.readModel(answer);
        } catch (IOException e) {
            return ModelBenchmark.failed(nameOf(m), type, role, "cannot run the benchmark process: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("the benchmark was interrupted", e);
        }
    }

    private static String nameOf(ModelConfig m) {
        return m == null ? "no-op" : m.name();
    }

    /** What a worker that crashed before writing its result printed last. */
    private static String lastLines(Path log, int exit) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        List<String> kept = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        String tail = kept.isEmpty() ? "no message"
                : String.join(" ", kept.subList(Math.max(0, kept.size() - 3), kept.size()));
        return "the benchmark process stopped with exit code " + exit + ": " + tail;
    }

    /** Where the figures were measured. */
    static Map<String, String> machine() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("cpus", Integer.toString(Runtime.getRuntime().availableProcessors()));
        out.put("cpu", cpuModel());
        out.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.put("worker_jvm", String.join(" ", WORKER_JVM));
        return out;
    }

    private static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(info)) {
                for (String line : Files.readAllLines(info)) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).strip();
                    }
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
