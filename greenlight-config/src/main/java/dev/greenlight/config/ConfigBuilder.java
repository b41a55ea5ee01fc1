package dev.greenlight.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.metrics.Task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Builds a {@link GreenlightConfig} in code. The builder writes the same tree a {@code greenlight.yaml} parses to
 * and {@link #build()} validates it with the same JSON Schema and the same rules as {@link ConfigLoader#load}, so a
 * configuration built here behaves exactly as its YAML twin and fails with the same messages.
 *
 * <p>The typed methods cover what most configurations set; {@link #set} and {@link #add} reach any other key of
 * {@code docs/configuration.md} by its dotted path ({@code checks.baseline.alpha}, {@code plan.integration.mode}).
 * Relative data paths resolve against {@link #folder} (default: the working directory).
 *
 * <pre>{@code
 * GreenlightConfig cfg = GreenlightConfig.builder()
 *         .folder(Path.of("examples/breast-cancer"))
 *         .model("breast-cancer-gbm", "1.0.0")
 *         .task(Task.BINARY).target("target")
 *         .set("prediction.label", "prediction").set("prediction.score", "score")
 *         .train("train.csv").test("test.csv")
 *         .build();
 * }</pre>
 */
public final class ConfigBuilder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode root = JSON.objectNode();
    private Path folder = Path.of("").toAbsolutePath();

    ConfigBuilder() {
        root.put("version", 1);
    }

    /** The folder relative paths resolve against, as a YAML file's own folder would be. */
    public ConfigBuilder folder(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        return this;
    }

    /** The model's name and version (version may be null). */
    public ConfigBuilder model(String name, String version) {
        set("model.name", name);
        return version == null ? this : set("model.version", version);
    }

    public ConfigBuilder task(Task task) {
        return set("task", task.key());
    }

    /** The label column. */
    public ConfigBuilder target(String column) {
        return set("target", column);
    }

    public ConfigBuilder train(String path) {
        return set("datasets.train", path);
    }

    public ConfigBuilder test(String path) {
        return set("datasets.test", path);
    }

    public ConfigBuilder validation(String path) {
        return set("datasets.validation", path);
    }

    public ConfigBuilder production(String path) {
        return set("datasets.production", path);
    }

    /** A jar, or folder of jars, that adds model providers and checks ({@code plugins:}). */
    public ConfigBuilder plugin(String path) {
        return add("plugins", path);
    }

    /** A waiver ({@code waivers:}): the team's informed decision to accept a failing item for now. */
    public ConfigBuilder waive(String item, String reason, String owner, LocalDate date) {
        ObjectNode w = array("waivers").addObject();
        w.put("item", item);
        w.put("reason", reason);
        w.put("owner", owner);
        w.put("date", date.toString());
        return this;
    }

    /**
     * Sets one key by its dotted path; the value is a string, number, boolean, or a collection (a list) or map
     * (a mapping) of them.
     * Intermediate mappings are created as needed.
     */
    public ConfigBuilder set(String dottedKey, Object value) {
        String[] parts = dottedKey.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        node.set(parts[parts.length - 1], json(value));
        return this;
    }

    /** Appends a value to the list at a dotted path ({@code sensitive}, {@code metrics.secondary}). */
    public ConfigBuilder add(String dottedKey, Object value) {
        array(dottedKey).add(json(value));
        return this;
    }

    /**
     * Validates and returns the configuration.
     *
     * @throws dev.greenlight.error.InvalidConfigException with every problem found, each naming its key
     */
    public GreenlightConfig build() {
        return ConfigLoader.fromTree(folder.resolve("greenlight.yaml (built in code)"), root.deepCopy());
    }

    /** The configuration as the YAML file's JSON twin, for logs and for saving what was built. */
    public String toJson() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private ArrayNode array(String dottedKey) {
        String[] parts = dottedKey.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        JsonNode list = node.get(parts[parts.length - 1]);
        if (!(list instanceof ArrayNode)) {
            list = node.putArray(parts[parts.length - 1]);
        }
        return (ArrayNode) list;
    }

    private static JsonNode json(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof String s) {
            return JSON.textNode(s);
        }
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return JSON.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return JSON.numberNode(n.doubleValue());
        }
        if (value instanceof Path p) {
            return JSON.textNode(p.toString());
        }
        if (value instanceof Enum<?> e) {
            return JSON.textNode(e instanceof Task t ? t.key() : e.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (value instanceof java.util.Map<?, ?> m) {
            ObjectNode o = JSON.objectNode();
            m.forEach((k, v) -> o.set(k.toString(), json(v)));
            return o;
        }
        if (value instanceof Collection<?> c) {
            ArrayNode a = JSON.arrayNode();
            c.forEach(v -> a.add(json(v)));
            return a;
        }
        throw new dev.greenlight.error.InvalidConfigException("a configuration value is text, a number, a boolean, or a list or map of them; "
                + "found " + value.getClass().getName());
    }
}
