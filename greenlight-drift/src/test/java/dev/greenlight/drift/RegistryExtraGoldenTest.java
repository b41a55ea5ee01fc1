package dev.greenlight.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.oracle.Oracle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry tests the shared oracle files do not cover (z, linf, cramer_v, and js, psi and wasserstein on
 * numbers with the registry's binning), against {@code golden/registry_extra.json}, computed with scipy 1.10 by
 * {@code src/test/python/registry_extra.py}; and the tests added later (hellinger, tvd, energy, fisher, mmd's
 * statistic) against {@code golden/registry_new.json}, by {@code src/test/python/registry_new.py} with scipy 1.17.
 */
class RegistryExtraGoldenTest {
    private static final double ABS = 1e-12;
    private static final double REL = 1e-9;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        return cases("/golden/registry_extra.json");
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheNewTests() throws IOException {
        return cases("/golden/registry_new.json");
    }

    private Stream<DynamicTest> cases(String resource) throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void check(JsonNode c) {
        ColumnPair pair = c.get("reference").isObject()
                ? ColumnPair.categorical("c", counts(c.get("reference")), counts(c.get("current")))
                : ColumnPair.numeric("x", Oracle.doubles(c.get("reference")), Oracle.doubles(c.get("current")));
        Iterator<Map.Entry<String, JsonNode>> it = c.get("expected").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            TestOutcome o = DriftTests.named(e.getKey()).run(pair, TestParameters.DEFAULTS);
            String where = c.get("name").asText() + " / " + e.getKey();
            if (e.getValue().isObject()) {
                close(where + " statistic", o.statistic(), e.getValue().get("statistic").asDouble());
                close(where + " p-value", o.pValue(), e.getValue().get("pvalue").asDouble());
                assertThat(o.pValue()).as(where + " p-value").isGreaterThan(0);
            } else {
                close(where, o.statistic(), e.getValue().asDouble());
            }
        }
    }

    private static void close(String where, double actual, double expected) {
        assertThat(Math.abs(actual - expected)).as(where + ": actual " + actual + ", expected " + expected)
                .isLessThanOrEqualTo(ABS + REL * Math.abs(expected));
    }

    private static Map<String, Long> counts(JsonNode o) {
        Map<String, Long> out = new TreeMap<>();
        o.fields().forEachRemaining(e -> {
            if (e.getValue().asLong() > 0) {
                out.put(e.getKey(), e.getValue().asLong());
            }
        });
        return out;
    }
}
