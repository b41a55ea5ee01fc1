package dev.greenlight.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.config.GreenlightConfig.BenchSettings;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.config.GreenlightConfig.ModelOutputs;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the {@code models:} and {@code bench:} sections, checking what the schema cannot: one primary and at most
 * one fallback, unique names, the keys each model type needs (a file for onnx and pmml, a URL for remote, a
 * provider for jvm) and no keys that do not apply to it.
 */
final class ModelBinder {
    /** Keys that only some model types read, with those types. */
    private static final Map<String, Set<String>> TYPE_KEYS = Map.of(
            "path", Set.of("onnx", "pmml", "jvm"),
            "url", Set.of("remote"),
            "protocol", Set.of("remote"),
            "provider", Set.of("jvm"),
            "device", Set.of("onnx"),
            "threads", Set.of("onnx"),
            "inputs", Set.of("onnx", "remote", "jvm"));

    private ModelBinder() {
    }

    static List<ModelConfig> models(JsonNode root, ConfigLocations loc, Path file, List<String> problems) {
        JsonNode list = root.path("models");
        List<ModelConfig> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int primaries = 0;
        int fallbacks = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = list.get(i);
            String at = "/models/" + i;
            String name = m.get("name").asText();
            String type = m.get("type").asText();
            if (!names.add(name)) {
                problems.add(loc.describe(at + "/name", "a second model named '" + name + "'; names must differ"));
            }
            ModelRole role = m.has("role") ? ModelRole.fromKey(m.get("role").asText()) : null;
            if (role == ModelRole.PRIMARY) {
                primaries++;
            } else if (role == ModelRole.FALLBACK) {
                fallbacks++;
            }
            TYPE_KEYS.forEach((key, types) -> {
                if (m.has(key) && !types.contains(type)) {
                    problems.add(loc.describe(at + "/" + key, "a " + type + " model has no '" + key + "' (it applies "
                            + "to " + String.join(", ", new java.util.TreeSet<>(types)) + " models)"));
                }
            });
            requireFor(m, type, "path", Set.of("onnx", "pmml"), at, loc, problems, "the model file");
            requireFor(m, type, "url", Set.of("remote"), at, loc, problems, "the endpoint");
            requireFor(m, type, "provider", Set.of("jvm"), at, loc, problems, "the ModelProvider's name");
            out.add(new ModelConfig(name, type, role, path(m, at, file, loc, problems), url(m, at, loc, problems),
                    m.has("protocol") ? m.get("protocol").asText() : type.equals("remote") ? "open-inference" : null,
                    text(m, "provider"), m.has("inputs") ? strings(m.get("inputs")) : null, outputs(m.path("outputs")),
                    m.has("timeout_ms") ? Duration.ofNanos(Math.round(m.get("timeout_ms").asDouble() * 1e6)) : null,
                    m.has("device") ? m.get("device").asText() : type.equals("onnx") ? "cpu" : null,
                    m.has("threads") ? m.get("threads").asInt() : null,
                    m.has("instance_hour") ? m.get("instance_hour").asDouble() : null, options(m.path("options"))));
        }
        if (primaries > 1) {
            problems.add(loc.describe("/models", primaries + " models have role 'primary'; one model is the one "
                    + "under review"));
        }
        if (fallbacks > 1) {
            problems.add(loc.describe("/models", fallbacks + " models have role 'fallback'; declare one"));
        }
        return withDefaultRoles(out, primaries, loc, problems);
    }

    /** Without a declared primary, the first model that is not the fallback is the primary; others are candidates. */
    private static List<ModelConfig> withDefaultRoles(List<ModelConfig> models, int primaries, ConfigLocations loc,
                                                      List<String> problems) {
        List<ModelConfig> out = new ArrayList<>();
        boolean primaryTaken = primaries > 0;
        for (ModelConfig m : models) {
            ModelRole role = m.role();
            if (role == null) {
                role = primaryTaken ? ModelRole.CANDIDATE : ModelRole.PRIMARY;
                primaryTaken = true;
            }
            out.add(new ModelConfig(m.name(), m.type(), role, m.path(), m.url(), m.protocol(), m.provider(),
                    m.inputs(), m.outputs(), m.timeout(), m.device(), m.threads(), m.instanceHour(), m.options()));
        }
        if (!out.isEmpty() && !primaryTaken) {
            problems.add(loc.describe("/models", "every model is a fallback; one must be the primary (the model "
                    + "under review)"));
        }
        return out;
    }

    static BenchSettings bench(JsonNode b) {
        BenchSettings d = BenchSettings.DEFAULT;
        return new BenchSettings(b.has("batch_sizes") ? ints(b.get("batch_sizes")) : d.batchSizes(),
                b.has("concurrency") ? ints(b.get("concurrency")) : d.concurrency(),
                b.has("warmup") ? b.get("warmup").asInt() : d.warmup(),
                b.has("iterations") ? b.get("iterations").asInt() : d.iterations(),
                b.has("max_seconds") ? b.get("max_seconds").asDouble() : d.maxSeconds(),
                b.has("instance_hour") ? Double.valueOf(b.get("instance_hour").asDouble()) : d.instanceHour(),
                b.has("currency") ? b.get("currency").asText() : d.currency());
    }

    private static void requireFor(JsonNode m, String type, String key, Set<String> types, String at,
                                   ConfigLocations loc, List<String> problems, String what) {
        if (types.contains(type) && !m.has(key)) {
            problems.add(loc.describe(at, "a " + type + " model needs '" + key + "' (" + what + ")"));
        }
    }

    private static Path path(JsonNode m, String at, Path file, ConfigLocations loc, List<String> problems) {
        String t = text(m, "path");
        if (t == null) {
            return null;
        }
        Path p = Path.of(t);
        Path resolved = p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p).normalize();
        if (!Files.exists(resolved)) {
            problems.add(loc.describe(at + "/path", "model file not found: " + resolved));
        } else if (!Files.isReadable(resolved) || Files.isDirectory(resolved)) {
            problems.add(loc.describe(at + "/path", "cannot read the model file " + resolved));
        }
        return resolved;
    }

    private static URI url(JsonNode m, String at, ConfigLocations loc, List<String> problems) {
        String t = text(m, "url");
        if (t == null) {
            return null;
        }
        try {
            URI u = new URI(t);
            if (u.getHost() == null) {
                problems.add(loc.describe(at + "/url", "'" + t + "' names no host"));
            }
            return u;
        } catch (URISyntaxException e) {
            problems.add(loc.describe(at + "/url", "'" + t + "' is not a URL: " + e.getReason()));
            return null;
        }
    }

    private static ModelOutputs outputs(JsonNode o) {
        if (o.isMissingNode()) {
            return ModelOutputs.DETECT;
        }
        return new ModelOutputs(text(o, "label"), text(o, "probabilities"), text(o, "value"),
                o.has("classes") ? strings(o.get("classes")) : null);
    }

    private static Map<String, String> options(JsonNode o) {
        Map<String, String> out = new LinkedHashMap<>();
        o.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode arr) {
        List<Integer> out = new ArrayList<>();
        arr.forEach(v -> out.add(v.asInt()));
        return out;
    }
}
