package dev.greenlight.model.bench;

import dev.greenlight.error.InvalidDataException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark as JSON: one object with the harness's {@code overhead_ms}, the machine and plan, and a
 * {@code models} list whose entries hold {@code name}, {@code load_ms}, {@code latency_ms} per batch size (each
 * with {@code p50}, {@code p90}, {@code p99}, {@code p999}, {@code max}), {@code throughput_per_s},
 * {@code peak_rss_mb} and {@code cost_per_1k}. The worker process writes a model's entry in the same form, so the
 * file a user reads and the one the benchmark reads back are one format.
 */
public final class BenchJson {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchJson() {
    }

    public static String write(BenchReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("overhead_ms", r.overheadMs());
        root.set("overhead_latency_ms", latency(r.overhead()));
        ObjectNode machine = root.putObject("machine");
        r.machine().forEach(machine::put);
        root.set("plan", plan(r.plan()));
        ArrayNode models = root.putArray("models");
        r.models().forEach(m -> models.add(model(m)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode model(ModelBenchmark m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", m.name()).put("type", m.type()).put("role", m.role());
        if (!m.ok()) {
            o.put("error", m.error());
            return o;
        }
        o.put("runtime", m.runtime());
        o.put("load_ms", m.loadMs());
        putNullable(o, "model_size_mb", m.modelSizeMb());
        ObjectNode latency = o.putObject("latency_ms");
        ObjectNode throughput = o.putObject("throughput_by_batch_size");
        ObjectNode cpu = o.putObject("cpu_ms_per_prediction");
        for (Measurement b : m.batches()) {
            String key = Integer.toString(b.batchSize());
            latency.set(key, latency(b.latency()));
            throughput.put(key, b.throughputPerS());
            putNullable(cpu, key, Double.isNaN(b.cpuMsPerPrediction()) ? null : b.cpuMsPerPrediction());
        }
        ArrayNode conc = o.putArray("concurrency");
        for (Measurement c : m.concurrency()) {
            ObjectNode e = conc.addObject().put("threads", c.threads()).put("batch_size", c.batchSize())
                    .put("throughput_per_s", c.throughputPerS());
            putNullable(e, "cpu_ms_per_prediction", Double.isNaN(c.cpuMsPerPrediction()) ? null
                    : c.cpuMsPerPrediction());
            e.set("latency_ms", latency(c.latency()));
        }
        o.put("throughput_per_s", m.throughputPerS());
        putNullable(o, "peak_heap_mb", m.peakHeapMb());
        putNullable(o, "peak_rss_mb", m.peakRssMb());
        putNullable(o, "instance_hour", m.instanceHour());
        if (m.currency() != null) {
            o.put("currency", m.currency());
        }
        putNullable(o, "cost_per_1k", m.costPer1k());
        return o;
    }

    private static ObjectNode latency(LatencySummary l) {
        return JSON.createObjectNode().put("p50", l.p50()).put("p90", l.p90()).put("p99", l.p99())
                .put("p999", l.p999()).put("max", l.max()).put("mean", l.mean()).put("count", l.count());
    }

    private static void putNullable(ObjectNode o, String key, Double v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    /** A model's entry as {@link #model} writes it. */
    static ModelBenchmark readModel(JsonNode o) {
        String name = o.get("name").asText();
        String type = o.get("type").asText();
        String role = o.path("role").asText(null);
        if (o.hasNonNull("error")) {
            return ModelBenchmark.failed(name, type, role, o.get("error").asText());
        }
        List<Measurement> batches = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = o.get("latency_ms").fields();
        while (it.hasNext()) {
            var e = it.next();
            int size = Integer.parseInt(e.getKey());
            batches.add(new Measurement(size, 1, readLatency(e.getValue()),
                    o.get("throughput_by_batch_size").get(e.getKey()).asDouble(),
                    number(o.get("cpu_ms_per_prediction").get(e.getKey()))));
        }
        List<Measurement> conc = new ArrayList<>();
        for (JsonNode c : o.get("concurrency")) {
            conc.add(new Measurement(c.get("batch_size").asInt(), c.get("threads").asInt(),
                    readLatency(c.get("latency_ms")), c.get("throughput_per_s").asDouble(),
                    number(c.get("cpu_ms_per_prediction"))));
        }
        return new ModelBenchmark(name, type, role, o.path("runtime").asText(null), nullable(o, "model_size_mb"),
                o.get("load_ms").asDouble(), batches, conc, nullable(o, "peak_heap_mb"), nullable(o, "peak_rss_mb"),
                nullable(o, "instance_hour"), o.path("currency").asText(null), null);
    }

    static LatencySummary readLatency(JsonNode l) {
        return new LatencySummary(l.get("p50").asDouble(), l.get("p90").asDouble(), l.get("p99").asDouble(),
                l.get("p999").asDouble(), l.get("max").asDouble(), l.get("mean").asDouble(), l.get("count").asLong());
    }

    /** A whole report as {@link #write} writes it. */
    public static BenchReport read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            Map<String, String> machine = new LinkedHashMap<>();
            root.get("machine").fields().forEachRemaining(e -> machine.put(e.getKey(), e.getValue().asText()));
            BenchPlan plan = readPlan(root.get("plan"));
            List<ModelBenchmark> models = new ArrayList<>();
            root.get("models").forEach(m -> models.add(readModel(m)));
            return new BenchReport(machine, plan, readLatency(root.get("overhead_latency_ms")), models);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidDataException("not a benchmark report: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode plan(BenchPlan plan) {
        ObjectNode p = JSON.createObjectNode();
        ArrayNode sizes = p.putArray("batch_sizes");
        plan.batchSizes().forEach(sizes::add);
        ArrayNode threads = p.putArray("concurrency");
        plan.concurrency().forEach(threads::add);
        return p.put("warmup", plan.warmup()).put("iterations", plan.iterations()).put("max_seconds",
                plan.maxSeconds());
    }

    static BenchPlan readPlan(JsonNode p) {
        List<Integer> sizes = new ArrayList<>();
        p.get("batch_sizes").forEach(v -> sizes.add(v.asInt()));
        List<Integer> threads = new ArrayList<>();
        p.get("concurrency").forEach(v -> threads.add(v.asInt()));
        return new BenchPlan(sizes, threads, p.get("warmup").asInt(), p.get("iterations").asInt(),
                p.get("max_seconds").asDouble());
    }

    private static double number(JsonNode v) {
        return v == null || v.isNull() ? Double.NaN : v.asDouble();
    }

    private static Double nullable(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
