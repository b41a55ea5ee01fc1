package dev.greenlight.split;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.provenance.Fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The record of a split ({@code greenlight split}), written as JSON beside the split files so that a later check can
 * tell whether they are still the files that were split, and how to make them again:
 * <pre>
 * {"greenlight_split_manifest": 1, "method": "stratified", "seed": 42, "test_share": 0.25, "column": "target",
 *  "target": "target", "algorithm": "...",
 *  "source": {"file": "data.csv", "sha256": "...", "rows": 569},
 *  "train":  {"file": "train.csv", "sha256": "...", "rows": 426, "class_balance": {"0": 159, "1": 267},
 *             "row_ids": [0, 2, ...]},
 *  "test":   {...}}
 * </pre>
 * {@code row_ids} are the 0-based data-row numbers of the source; {@code sha256} is that of each file's bytes.
 *
 * @param method    the split method's key
 * @param seed      the seed
 * @param testShare the requested test share
 * @param column    the column split by (target, group or time), or null
 * @param target    the class column whose balance is recorded, or null
 * @param algorithm the algorithm in words, with its version
 * @param source    the file that was split
 * @param train     the training file
 * @param test      the test file
 */
public record SplitManifest(String method, long seed, double testShare, String column, String target,
                            String algorithm, Part source, Part train, Part test) {
    public static final int VERSION = 1;
    /** The manifest's file name beside the split files. */
    public static final String FILE_NAME = "split-manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One file of a split.
     *
     * @param file         its file name
     * @param sha256       SHA-256 of its bytes
     * @param rows         its data rows
     * @param classBalance rows per class of the target column (sorted by class), empty without a target
     * @param rowIds       the source's 0-based data-row numbers of its rows, ascending; null for the source itself
     */
    public record Part(String file, String sha256, int rows, Map<String, Long> classBalance, int[] rowIds) {
        public Part {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
            classBalance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classBalance));
        }
    }

    /**
     * What differs between the manifest and the files as they are now: one sentence per difference, e.g.
     * {@code "test.csv changed since the split: sha256 3fa1... was 9c2e..."}; empty when both are the files that
     * were written.
     */
    public List<String> verify(Path trainFile, Path testFile) {
        List<String> out = new ArrayList<>();
        check("train", train, trainFile, out);
        check("test", test, testFile, out);
        return out;
    }

    /** {@link #verify(Path, Path)} as a static call, for callers holding the manifest elsewhere. */
    public static List<String> verify(SplitManifest manifest, Path trainFile, Path testFile) {
        return manifest.verify(trainFile, testFile);
    }

    /** Whether the source file is still the one that was split (one sentence per difference, or empty). */
    public List<String> verifySource(Path sourceFile) {
        List<String> out = new ArrayList<>();
        check("source", source, sourceFile, out);
        return out;
    }

    private static void check(String role, Part part, Path file, List<String> out) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            out.add(name + " (" + role + ") is missing: the split wrote " + part.rows() + " rows with sha256 "
                    + part.sha256());
            return;
        }
        String now = Fingerprint.sha256(file);
        if (!now.equals(part.sha256())) {
            out.add(name + " (" + role + ") changed since the split: sha256 " + now + " was " + part.sha256()
                    + " (" + part.rows() + " rows)");
        }
    }

    /** Writes the manifest as JSON. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("greenlight_split_manifest", VERSION);
        root.put("method", method);
        root.put("seed", seed);
        root.put("test_share", testShare);
        root.put("column", column);
        root.put("target", target);
        root.put("algorithm", algorithm);
        root.set("source", part(source));
        root.set("train", part(train));
        root.set("test", part(test));
        try {
            Files.writeString(file, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot write the split manifest (" + e.getMessage() + ")", e);
        }
    }

    private static ObjectNode part(Part p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", p.file());
        n.put("sha256", p.sha256());
        n.put("rows", p.rows());
        if (!p.classBalance().isEmpty()) {
            ObjectNode balance = n.putObject("class_balance");
            p.classBalance().forEach(balance::put);
        }
        if (p.rowIds() != null) {
            ArrayNode ids = n.putArray("row_ids");
            for (int id : p.rowIds()) {
                ids.add(id);
            }
        }
        return n;
    }

    /**
     * Reads a manifest.
     *
     * @throws InvalidDataException naming the file and the key when it is not a split manifest
     */
    public static SplitManifest read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot read the split manifest (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !root.path("greenlight_split_manifest").canConvertToInt()) {
            throw new InvalidDataException(file + ": not a Greenlight split manifest (no 'greenlight_split_manifest' "
                    + "version key)");
        }
        int version = root.get("greenlight_split_manifest").asInt();
        if (version != VERSION) {
            throw new InvalidDataException(file + ": split manifest version " + version + ", expected " + VERSION);
        }
        return new SplitManifest(text(root, "method", file, true), number(root, "seed", file).longValue(),
                number(root, "test_share", file).doubleValue(), text(root, "column", file, false),
                text(root, "target", file, false), text(root, "algorithm", file, false),
                readPart(root, "source", file), readPart(root, "train", file), readPart(root, "test", file));
    }

    private static Part readPart(JsonNode root, String key, Path file) {
        JsonNode n = root.get(key);
        if (n == null || !n.isObject()) {
            throw new InvalidDataException(file + ": key '" + key + "' is missing or not an object");
        }
        Map<String, Long> balance = new LinkedHashMap<>();
        n.path("class_balance").fields().forEachRemaining(e -> balance.put(e.getKey(), e.getValue().asLong()));
        int[] ids = null;
        if (n.has("row_ids")) {
            JsonNode a = n.get("row_ids");
            ids = new int[a.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = a.get(i).asInt();
            }
        }
        return new Part(text(n, "file", file, true), text(n, "sha256", file, true),
                number(n, "rows", file).intValue(), balance, ids);
    }

    private static String text(JsonNode n, String key, Path file, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidDataException(file + ": key '" + key + "' is missing");
            }
            return null;
        }
        return v.asText();
    }

    private static Number number(JsonNode n, String key, Path file) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) {
            throw new InvalidDataException(file + ": key '" + key + "' should be a number, found "
                    + (v == null ? "nothing" : v.toString()));
        }
        return v.numberValue();
    }
}
