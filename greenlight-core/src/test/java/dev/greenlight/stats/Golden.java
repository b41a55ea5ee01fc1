package dev.greenlight.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading oracle inputs and comparing fields of expected objects with the file's pass rule. */
final class Golden {
    private static final Map<String, JsonNode> CALLS = new HashMap<>();

    private Golden() {
    }

    /** {@code |actual - e| <= abs + rel |e|} (OracleCase's rule) for one field of an expected object. */
    static void assertField(OracleCase c, String key, String field, double actual) {
        assertNamed(c, key, field, actual, Oracle.number(c.expected(key).get(field)));
    }

    static void assertField(OracleCase c, String key, String field, double[] actual) {
        double[] expected = Oracle.doubles(c.expected(key).get(field));
        assertThat(actual).as(c.name() + " / " + key + "." + field + " length").hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertNamed(c, key, field + "[" + i + "]", actual[i], expected[i]);
        }
    }

    static void assertField(OracleCase c, String key, String field, double[][] actual) {
        double[][] expected = Oracle.matrix(c.expected(key).get(field));
        assertThat(actual).as(c.name() + " / " + key + "." + field + " rows").hasNumberOfRows(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as(c.name() + " / " + key + "." + field + " row " + i).hasSize(expected[i].length);
            for (int j = 0; j < expected[i].length; j++) {
                assertNamed(c, key, field + "[" + i + "][" + j + "]", actual[i][j], expected[i][j]);
            }
        }
    }

    /** The key's tolerance applies; the field is named in the failure message. */
    private static void assertNamed(OracleCase c, String key, String field, double actual, double expected) {
        try {
            c.assertClose(key, actual, expected);
        } catch (AssertionError e) {
            throw new AssertionError(field + ": " + e.getMessage(), e);
        }
    }

    /** An integer field (counts, degrees of freedom, signs) must match exactly. */
    static void assertExact(OracleCase c, String key, String field, long actual) {
        assertThat(actual).as(c.name() + " / " + key + "." + field).isEqualTo(c.expected(key).get(field).asLong());
    }

    /**
     * A string parameter of the case, else the keyword argument {@code name='value'} of the recorded Python call
     * for the key (the real-data cases keep their method only there), else the default.
     */
    static String callArgument(OracleCase c, String family, String key, String name, String byDefault) {
        JsonNode params = c.params();
        if (params.has(name) && params.get(name).isTextual()) {
            return params.get(name).asText();
        }
        Matcher m = Pattern.compile(name + "='([^']*)'").matcher(recordedCall(family, c.name(), key));
        return m.find() ? m.group(1) : byDefault;
    }

    /** The {@code calls} entry of a case (OracleCase does not expose it), read from the family's file. */
    private static synchronized String recordedCall(String family, String caseName, String key) {
        JsonNode calls = CALLS.computeIfAbsent(family + "/" + caseName, k -> readCalls(family, caseName));
        return calls.path(key).asText();
    }

    private static JsonNode readCalls(String family, String caseName) {
        try {
            JsonNode root = new ObjectMapper().readTree(
                    Oracle.testdata().resolve("oracle").resolve(family + ".json").toFile());
            for (JsonNode c : root.get("cases")) {
                if (c.get("name").asText().equals(caseName)) {
                    return c.path("calls");
                }
            }
            throw new IllegalArgumentException("no case " + caseName + " in " + family);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    static Alternative alternative(String scipyName) {
        switch (scipyName) {
            case "two-sided":
                return Alternative.TWO_SIDED;
            case "less":
                return Alternative.LESS;
            case "greater":
                return Alternative.GREATER;
            default:
                throw new IllegalArgumentException("unknown alternative " + scipyName);
        }
    }

    static Method method(String scipyName) {
        switch (scipyName) {
            case "auto":
                return Method.AUTO;
            case "exact":
                return Method.EXACT;
            case "asymp":
            case "asymptotic":
                return Method.ASYMPTOTIC;
            default:
                throw new IllegalArgumentException("unknown method " + scipyName);
        }
    }

    /**
     * The two samples of a case: arrays {@code first}/{@code second} in the inputs, or the same column of the
     * reference and current CSVs (x = reference, y = current).
     */
    static double[][] twoSamples(OracleCase c, String first, String second) {
        JsonNode in = c.inputs();
        assertThat(in.has("join_csv")).as(c.name() + ": join_csv is not used by the drift and psi oracles").isFalse();
        if (in.has("reference_csv")) {
            String column = in.get("column").asText();
            double[] x = Oracle.readNumericColumns(in.get("reference_csv").asText(), column)[0];
            double[] y = Oracle.readNumericColumns(in.get("current_csv").asText(), column)[0];
            return new double[][] {x, y};
        }
        return new double[][] {Oracle.doubles(in.get(first)), Oracle.doubles(in.get(second))};
    }

    /**
     * Counts per category of one column of a CSV read as text (empty fields skipped), for the categorical
     * real-data cases. The CSVs in question have no quoted fields; a quote is rejected rather than misread.
     */
    static Map<String, Long> textColumnCounts(String relativeCsv, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (BufferedReader r = Oracle.openCsv(relativeCsv)) {
            List<String> header = Arrays.asList(r.readLine().split(",", -1));
            int idx = header.indexOf(column);
            assertThat(idx).as(relativeCsv + " has column " + column).isNotNegative();
            String line;
            while ((line = r.readLine()) != null) {
                assertThat(line).as("unquoted CSV line").doesNotContain("\"");
                String value = line.split(",", -1)[idx];
                if (!value.isEmpty()) {
                    counts.merge(value, 1L, Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** Counts of string labels per category, in the categories' order. */
    static long[] countLabels(JsonNode labels, List<String> categories) {
        long[] out = new long[categories.size()];
        for (JsonNode label : labels) {
            int idx = categories.indexOf(label.asText());
            assertThat(idx).as("label " + label + " is a category").isNotNegative();
            out[idx]++;
        }
        return out;
    }

    static long[][] longMatrix(JsonNode rows) {
        long[][] out = new long[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = longs(rows.get(i));
        }
        return out;
    }

    static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    static List<double[]> sampleList(JsonNode samples) {
        List<double[]> out = new ArrayList<>();
        samples.forEach(s -> out.add(Oracle.doubles(s)));
        return out;
    }
}
