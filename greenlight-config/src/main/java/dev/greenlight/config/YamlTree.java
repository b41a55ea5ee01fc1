package dev.greenlight.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML into a JSON tree (for schema validation) while remembering the line of every key. A key with no
 * value ({@code validation:}) is treated as absent, which is how YAML users write "not set".
 */
final class YamlTree {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final JsonNode root;
    final ConfigLocations locations;
    final List<String> problems;
    /** Each scalar's text as written, by path: YAML reads {@code no} as false, a plan answer means the word. */
    final Map<String, String> scalarText;

    private YamlTree(JsonNode root, ConfigLocations locations, List<String> problems, Map<String, String> text) {
        this.root = root;
        this.locations = locations;
        this.problems = problems;
        this.scalarText = text;
    }

    static YamlTree parse(Path file, String text) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Node node;
        try {
            node = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            int col = e.getProblemMark() == null ? 0 : e.getProblemMark().getColumn() + 1;
            throw new dev.greenlight.error.InvalidConfigException(file + ":" + line + ":" + col
                    + ": not valid YAML: " + e.getProblem()
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : ""));
        } catch (YAMLException e) {
            throw new dev.greenlight.error.InvalidConfigException(file + ": not valid YAML: " + e.getMessage());
        }
        if (node == null) {
            throw new dev.greenlight.error.InvalidConfigException(file + ": the configuration file is empty");
        }
        Map<String, Integer> lines = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> scalars = new HashMap<>();
        Converter converter = new Converter(file, lines, problems, scalars);
        JsonNode root = converter.convert(node, "");
        return new YamlTree(root, new ConfigLocations(file, lines), problems, scalars);
    }

    private record Converter(Path file, Map<String, Integer> lines, List<String> problems,
                             Map<String, String> text) {

        JsonNode convert(Node node, String path) {
            lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
            if (node instanceof MappingNode map) {
                ObjectNode obj = JSON.objectNode();
                for (NodeTuple t : map.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                        problems.add(file + ":" + (t.getKeyNode().getStartMark().getLine() + 1)
                                + ": keys must be plain names");
                        continue;
                    }
                    String key = keyNode.getValue();
                    String child = path + "/" + ConfigLocations.escape(key);
                    int keyLine = keyNode.getStartMark().getLine() + 1;
                    if (obj.has(key) || lines.containsKey(child) && isNull(t.getValueNode())) {
                        problems.add(file + ":" + keyLine + ": key '" + ConfigLocations.dotted(child)
                                + "' appears twice; keep one");
                        continue;
                    }
                    lines.put(child, keyLine);
                    if (isNull(t.getValueNode())) {
                        continue;
                    }
                    obj.set(key, convert(t.getValueNode(), child));
                }
                return obj;
            }
            if (node instanceof SequenceNode seq) {
                ArrayNode arr = JSON.arrayNode();
                int i = 0;
                for (Node item : seq.getValue()) {
                    arr.add(convert(item, path + "/" + i++));
                }
                return arr;
            }
            ScalarNode s = (ScalarNode) node;
            text.put(path, s.getValue());
            return scalar(s);
        }

        private static boolean isNull(Node n) {
            return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
        }

        private static JsonNode scalar(ScalarNode s) {
            Tag tag = s.getTag();
            String v = s.getValue();
            if (Tag.BOOL.equals(tag)) {
                return JSON.booleanNode(v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")
                        || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("y"));
            }
            if (Tag.INT.equals(tag)) {
                try {
                    return JSON.numberNode(new BigInteger(v.replace("_", "")).longValueExact());
                } catch (ArithmeticException | NumberFormatException e) {
                    return JSON.textNode(v);
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                String f = v.replace("_", "").toLowerCase(java.util.Locale.ROOT);
                if (f.endsWith(".inf")) {
                    return JSON.numberNode(f.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                }
                if (f.equals(".nan")) {
                    return JSON.numberNode(Double.NaN);
                }
                try {
                    return JSON.numberNode(Double.parseDouble(f));
                } catch (NumberFormatException e) {
                    return JSON.textNode(v);
                }
            }
            return JSON.textNode(v);
        }
    }
}
