package dev.greenlight.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.greenlight.text.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Validates a configuration tree against the published JSON Schema ({@code docs/schema/}) and turns each
 * violation into one sentence with file, line, key and, for a misspelt key or value, the closest valid one.
 */
final class SchemaValidator {
    static final String RESOURCE = "/dev/greenlight/config/greenlight-config.schema.json";

    private static final JsonNode SCHEMA_DOCUMENT;
    private static final JsonSchema SCHEMA;

    static {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("configuration schema missing from the class path: " + RESOURCE);
            }
            SCHEMA_DOCUMENT = new ObjectMapper().readTree(in);
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SchemaValidator() {
    }

    static JsonNode schemaDocument() {
        return SCHEMA_DOCUMENT;
    }

    static List<String> validate(JsonNode root, ConfigLocations locations) {
        Set<ValidationMessage> messages = SCHEMA.validate(root);
        List<ValidationMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparingInt((ValidationMessage m) -> locations.line(pointer(m.getInstanceLocation())))
                .thenComparing(ValidationMessage::getMessage));
        List<String> problems = new ArrayList<>();
        // "one of these keys is required" (anyOf of required) arrives as one message per alternative: merge them
        java.util.Map<String, java.util.TreeSet<String>> alternatives = new java.util.LinkedHashMap<>();
        for (ValidationMessage m : sorted) {
            if (m.getType().equals("required") && m.getEvaluationPath().toString().contains("anyOf")) {
                alternatives.computeIfAbsent(pointer(m.getInstanceLocation()), k -> new java.util.TreeSet<>())
                        .add(requiredKey(m));
            }
        }
        alternatives.forEach((path, keys) -> problems.add(locations.describe(path, "needs one of the keys '"
                + String.join("' or '", keys) + "'")));
        for (ValidationMessage m : sorted) {
            if (m.getType().equals("anyOf") || m.getType().equals("required")
                    && m.getEvaluationPath().toString().contains("anyOf")) {
                continue;
            }
            String text = describe(m, root, locations);
            if (text != null && !problems.contains(text)) {
                problems.add(text);
            }
        }
        return problems;
    }

    private static String describe(ValidationMessage m, JsonNode root, ConfigLocations locations) {
        String path = pointer(m.getInstanceLocation());
        String type = m.getType();
        switch (type) {
            case "additionalProperties" -> {
                String key = m.getProperty();
                List<String> valid = propertiesOf(parentSchema(m));
                String child = path + "/" + ConfigLocations.escape(key);
                return locations.describe(child, "unknown key" + Suggestions.didYouMean(key, valid)
                        + (valid.isEmpty() ? "" : "; valid keys here: " + String.join(", ", valid)));
            }
            case "required" -> {
                return locations.describe(path, "missing required key '" + requiredKey(m) + "'");
            }
            case "enum" -> {
                JsonNode value = at(root, path);
                List<String> allowed = new ArrayList<>();
                m.getSchemaNode().forEach(v -> allowed.add(v.asText()));
                return locations.describe(path, "expected one of " + String.join(", ", allowed) + ", found '"
                        + (value == null ? "" : value.asText()) + "'"
                        + Suggestions.didYouMean(value == null ? "" : value.asText(), allowed));
            }
            case "type" -> {
                JsonNode value = at(root, path);
                return locations.describe(path, "expected " + m.getSchemaNode().toString().replace("\"", "")
                        .replace(",", " or ") + ", found " + kind(value) + (value != null && value.isValueNode()
                        ? " '" + value.asText() + "'" : ""));
            }
            case "const" -> {
                return locations.describe(path, "expected " + m.getSchemaNode() + ", found " + at(root, path));
            }
            case "oneOf" -> {
                if (path.endsWith("/probabilities")) {
                    return locations.describe(path, "expected either 'prefix: p_' or 'columns:' mapping each "
                            + "class label to its probability column");
                }
                return locations.describe(path, stripLocation(m.getMessage()));
            }
            default -> {
                return locations.describe(path, stripLocation(m.getMessage()));
            }
        }
    }

    private static String requiredKey(ValidationMessage m) {
        return m.getProperty() != null ? m.getProperty() : String.valueOf(m.getArguments()[0]);
    }

    /** {@code $.goals[0].metric} as {@code /goals/0/metric}. */
    static String pointer(JsonNodePath p) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.getNameCount(); i++) {
            Object e = p.getElement(i);
            b.append('/').append(e instanceof Integer ? e.toString() : ConfigLocations.escape(e.toString()));
        }
        return b.toString();
    }

    private static JsonNode parentSchema(ValidationMessage m) {
        JsonNodePath fragment = m.getSchemaLocation().getFragment();
        JsonNode node = SCHEMA_DOCUMENT;
        // the fragment ends in the keyword ("additionalProperties"); its parent is the object's schema
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object e = fragment.getElement(i);
            node = e instanceof Integer idx ? node.get(idx) : node.get(e.toString());
        }
        return node;
    }

    private static List<String> propertiesOf(JsonNode schema) {
        List<String> names = new ArrayList<>();
        if (schema != null && schema.has("properties")) {
            Iterator<String> it = schema.get("properties").fieldNames();
            it.forEachRemaining(names::add);
        }
        return names;
    }

    private static JsonNode at(JsonNode root, String pointer) {
        JsonNode n = root.at(pointer);
        return n.isMissingNode() ? null : n;
    }

    private static String kind(JsonNode v) {
        if (v == null) {
            return "nothing";
        }
        if (v.isTextual()) {
            return "a string";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String stripLocation(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }
}
