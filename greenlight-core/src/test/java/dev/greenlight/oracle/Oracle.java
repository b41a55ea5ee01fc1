package dev.greenlight.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the golden files in {@code testdata/oracle} (scipy / scikit-learn reference values). See
 * {@code testdata/oracle/README.md} for the schema and the pass rule {@code |a - e| <= abs + rel * |e|}.
 */
public final class Oracle {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Oracle() {
    }

    /** The repository's {@code testdata} folder, found from the module's working directory. */
    public static Path testdata() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("testdata");
            if (Files.isDirectory(candidate.resolve("oracle"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("testdata/oracle not found above " + Path.of("").toAbsolutePath());
    }

    /** All cases of one family file, e.g. {@code classification}. */
    public static List<OracleCase> cases(String family) {
        Path file = testdata().resolve("oracle").resolve(family + ".json");
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            List<OracleCase> out = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                out.add(new OracleCase(c));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static OracleCase caseNamed(String family, String name) {
        return cases(family).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case " + name + " in " + family));
    }

    /**
     * Opens a CSV named as in the oracle files ({@code data/...} relative to the shared folder); the
     * compressed copy {@code .csv.gz} is used where the plain file is not in the repository.
     */
    public static BufferedReader openCsv(String relative) {
        Path plain = testdata().resolve(relative);
        Path gz = testdata().resolve(relative + ".gz");
        try {
            InputStream in = Files.exists(plain) ? Files.newInputStream(plain)
                    : new GZIPInputStream(Files.newInputStream(gz), 1 << 16);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + relative, e);
        }
    }

    /** Numeric columns of a simple CSV (no quoted fields in the wanted columns); empty fields become NaN. */
    public static double[][] readNumericColumns(String relative, String... columns) {
        try (BufferedReader r = openCsv(relative)) {
            List<String> header = SimpleCsv.split(r.readLine());
            int[] idx = new int[columns.length];
            for (int i = 0; i < columns.length; i++) {
                idx[i] = header.indexOf(columns[i]);
                if (idx[i] < 0) {
                    throw new IllegalArgumentException(relative + " has no column " + columns[i] + ": " + header);
                }
            }
            List<double[]> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                List<String> f = SimpleCsv.split(line);
                double[] row = new double[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    String s = f.get(idx[i]);
                    row[i] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
                }
                rows.add(row);
            }
            double[][] out = new double[columns.length][rows.size()];
            for (int j = 0; j < rows.size(); j++) {
                for (int i = 0; i < columns.length; i++) {
                    out[i][j] = rows.get(j)[i];
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON number or one of the strings "NaN", "Infinity", "-Infinity". */
    public static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.doubleValue();
        }
        return switch (n.asText()) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw new IllegalArgumentException("not a number: " + n);
        };
    }

    public static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(array.get(i));
        }
        return out;
    }

    public static double[][] matrix(JsonNode array) {
        double[][] out = new double[array.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = doubles(array.get(i));
        }
        return out;
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(v -> out.add(v.isNumber() && v.canConvertToLong() ? Long.toString(v.longValue()) : v.asText()));
        return out;
    }
}
