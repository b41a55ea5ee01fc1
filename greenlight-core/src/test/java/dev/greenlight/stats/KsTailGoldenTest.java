package dev.greenlight.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-sample KS p-values far in the tail, down to 1e-305, against scipy's {@code ks_2samp}
 * ({@code golden/ks_tails.json}, made by {@code src/test/python/ks_tails.py}): the exact unequal-size tail used to
 * be {@code 1 - P(inside band)} and lost every digit below about 1e-13. Each value must agree to 1e-9 relative.
 */
class KsTailGoldenTest {
    private static final double REL = 1e-9;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/golden/ks_tails.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            String name = c.get("m").asInt() + " vs " + c.get("n").asInt() + " shifted " + c.get("shift").asDouble()
                    + " (" + c.get("method").asText() + ", scipy p = " + c.get("pvalue").asDouble() + ")";
            tests.add(DynamicTest.dynamicTest(name, () -> check(c)));
        }
        assertThat(tests).hasSizeGreaterThan(10);
        return tests.stream();
    }

    private static void check(JsonNode c) {
        int m = c.get("m").asInt();
        int n = c.get("n").asInt();
        double scale = c.get("scale").asDouble();
        double shift = c.get("shift").asDouble();
        double[] x = new double[m];
        double[] y = new double[n];
        for (int i = 0; i < m; i++) {
            x[i] = (i + 0.5) / m;
        }
        for (int j = 0; j < n; j++) {
            y[j] = (j + 0.5) / n * scale + shift;
        }
        Method method = c.get("method").asText().equals("exact") ? Method.EXACT : Method.ASYMPTOTIC;
        KsResult r = KolmogorovSmirnov.twoSample(x, y, Alternative.TWO_SIDED, method);
        double expected = c.get("pvalue").asDouble();
        assertThat(r.method()).isEqualTo(method);
        assertThat(r.statistic()).isCloseTo(c.get("statistic").asDouble(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Math.abs(r.pValue() - expected)).as("p-value " + r.pValue() + ", scipy " + expected)
                .isLessThanOrEqualTo(REL * expected);
    }
}
