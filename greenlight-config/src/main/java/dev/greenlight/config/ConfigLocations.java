package dev.greenlight.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where each key of a configuration file stands, by JSON-pointer-like path ({@code /goals/0/metric}), so that a
 * problem found after parsing still points at its line.
 */
public final class ConfigLocations {
    private final Path file;
    private final Map<String, Integer> lines;

    ConfigLocations(Path file, Map<String, Integer> lines) {
        this.file = file;
        this.lines = Map.copyOf(lines);
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of a path, or of its nearest ancestor present in the file; 0 when unknown. */
    public int line(String path) {
        String p = path;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return lines.getOrDefault("", 0);
            }
            p = p.substring(0, slash);
        }
    }

    /** {@code file:line: key 'a.b': message}; without the line when none is known (a configuration built in code). */
    public String describe(String path, String message) {
        String key = path.isEmpty() ? "" : " key '" + dotted(path) + "':";
        int line = line(path);
        return file + (line > 0 ? ":" + line : "") + ":" + key + " " + message;
    }

    /** Escapes a key for use as one path segment (JSON Pointer, RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** {@code /goals/0/metric} as {@code goals.0.metric}, for messages. */
    static String dotted(String path) {
        StringBuilder b = new StringBuilder();
        for (String seg : path.substring(1).split("/", -1)) {
            b.append(b.length() > 0 ? "." : "").append(seg.replace("~1", "/").replace("~0", "~"));
        }
        return b.toString();
    }
}
