package dev.greenlight.oracle;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** One case of an oracle file, with the file's pass rule. */
public final class OracleCase {
    private final JsonNode node;

    OracleCase(JsonNode node) {
        this.node = node;
    }

    public String name() {
        return node.get("name").asText();
    }

    public JsonNode inputs() {
        return node.get("inputs");
    }

    public JsonNode params() {
        return node.path("params");
    }

    public JsonNode expected() {
        return node.get("expected");
    }

    public boolean has(String key) {
        return expected().has(key);
    }

    public JsonNode expected(String key) {
        JsonNode v = expected().get(key);
        if (v == null) {
            throw new IllegalArgumentException("case " + name() + " has no expected " + key);
        }
        return v;
    }

    /** True when the reference raised for this key ({@code {"error": ..., "message": ...}}). */
    public boolean expectsError(String key) {
        JsonNode v = expected().get(key);
        return v != null && v.isObject() && v.has("error");
    }

    public double absTolerance(String key) {
        JsonNode perKey = node.path("tolerance").path("per_key").path(key);
        return perKey.has("abs") ? perKey.get("abs").asDouble() : node.path("tolerance").path("abs").asDouble(0);
    }

    public double relTolerance(String key) {
        JsonNode perKey = node.path("tolerance").path("per_key").path(key);
        return perKey.has("rel") ? perKey.get("rel").asDouble() : node.path("tolerance").path("rel").asDouble(0);
    }

    /** Asserts {@code |actual - expected| <= abs + rel * |expected|}, NaN matching NaN. */
    public void assertClose(String key, double actual, double expected) {
        String where = name() + " / " + key;
        if (Double.isNaN(expected)) {
            assertThat(actual).as(where).isNaN();
            return;
        }
        if (Double.isInfinite(expected)) {
            assertThat(actual).as(where).isEqualTo(expected);
            return;
        }
        double bound = absTolerance(key) + relTolerance(key) * Math.abs(expected);
        assertThat(Math.abs(actual - expected)).as(where + ": actual " + actual + ", expected " + expected)
                .isLessThanOrEqualTo(bound);
    }

    public void assertClose(String key, double actual) {
        assertClose(key, actual, Oracle.number(expected(key)));
    }

    public void assertClose(String key, double[] actual) {
        double[] exp = Oracle.doubles(expected(key));
        assertThat(actual).as(name() + " / " + key + " length").hasSize(exp.length);
        for (int i = 0; i < exp.length; i++) {
            assertClose(key, actual[i], exp[i]);
        }
    }

    public void assertClose(String key, double[][] actual) {
        double[][] exp = Oracle.matrix(expected(key));
        assertThat(actual).as(name() + " / " + key + " rows").hasNumberOfRows(exp.length);
        for (int i = 0; i < exp.length; i++) {
            assertThat(actual[i]).as(name() + " / " + key + " row " + i).hasSize(exp[i].length);
            for (int j = 0; j < exp[i].length; j++) {
                assertClose(key, actual[i][j], exp[i][j]);
            }
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
