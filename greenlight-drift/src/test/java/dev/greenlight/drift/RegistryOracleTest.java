package dev.greenlight.drift;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;
import dev.greenlight.stats.ChiSquareContingency;
import dev.greenlight.stats.Method;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every case of {@code testdata/oracle/drift_tests.json} and {@code psi.json} (scipy 1.10.1) through the drift
 * registry: the statistic and p-value a user gets from {@code greenlight drift --test NAME} must be scipy's.
 * Keys outside the registry's scope (one-sided alternatives, t-tests, weighted Wasserstein,
 * probability-vector Jensen-Shannon, Anderson-Darling without midranks, non-decile PSI bins) are listed in
 * {@link #CORE_ONLY} with the reason; {@code greenlight-core}'s golden tests cover them. A key that is neither
 * fails.
 */
class RegistryOracleTest {
    /** Case-name prefixes and keys the registry does not expose, and why. */
    private static final Map<String, String> CORE_ONLY = Map.of(
            "ttest", "not a registry test",
            "welch_df", "not a registry test",
            "one-sided", "the registry's ks is two-sided",
            "weighted", "drift columns carry no weights",
            "js-probabilities", "the registry's js works on counts",
            "midrank-false", "the registry's anderson uses midranks (scipy's default)",
            "not-decile-bins", "the registry's psi bins numbers at reference deciles");

    @TestFactory
    Stream<DynamicTest> driftTests() {
        return Oracle.cases("drift_tests").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> drift(c)));
    }

    @TestFactory
    Stream<DynamicTest> psi() {
        return Oracle.cases("psi").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> psi(c)));
    }

    private static void drift(OracleCase c) {
        List<String> keys = new ArrayList<>();
        c.expected().fieldNames().forEachRemaining(keys::add);
        int checked = 0;
        for (String key : keys) {
            String skip = skipReason(c, key);
            if (skip != null) {
                assertThat(CORE_ONLY).containsKey(skip);
                continue;
            }
            switch (key) {
                case "ks_2samp" -> ks(c, key);
                case "chi2_contingency" -> chi2(c, key);
                case "wasserstein_distance" -> wasserstein(c, key);
                case "js_distance_base_e" -> js(c, key);
                case "js_distance_base2", "js_divergence_base2", "js_divergence_base_e" -> {
                    // the registry reports the natural-log distance; the other forms are powers and bases of it
                    continue;
                }
                case "anderson_ksamp" -> anderson(c, key);
                case "cramervonmises_2samp" -> cvm(c, key);
                default -> fail(c.name() + ": no registry check for key " + key);
            }
            checked++;
        }
        boolean coreOnly = keys.stream().allMatch(k -> skipReason(c, k) != null || k.startsWith("js_"));
        assertThat(checked > 0 || coreOnly).as(c.name() + " checked through the registry").isTrue();
    }

    private static String skipReason(OracleCase c, String key) {
        if (key.startsWith("ttest")) {
            return "ttest";
        }
        if (key.equals("welch_df")) {
            return "welch_df";
        }
        String alternative = c.params().path("alternative").asText("two-sided");
        if (key.equals("ks_2samp") && !alternative.equals("two-sided")) {
            return "one-sided";
        }
        if (key.equals("wasserstein_distance") && c.inputs().has("u_weights")) {
            return "weighted";
        }
        if (key.startsWith("js_") && !integral(Oracle.doubles(c.inputs().get("p")))) {
            return "js-probabilities";
        }
        if (key.equals("anderson_ksamp") && (!c.params().path("midrank").asBoolean(true)
                || c.inputs().get("samples").size() != 2)) {
            return "midrank-false";
        }
        return null;
    }

    private static boolean integral(double[] v) {
        return Arrays.stream(v).allMatch(x -> x == Math.rint(x));
    }

    private static TestOutcome run(String test, ColumnPair pair, TestParameters parameters) {
        return DriftTests.named(test).run(pair, parameters);
    }

    private static double[][] samples(OracleCase c, String first, String second) {
        JsonNode in = c.inputs();
        if (in.has("reference_csv")) {
            String column = in.get("column").asText();
            return new double[][] {Oracle.readNumericColumns(in.get("reference_csv").asText(), column)[0],
                    Oracle.readNumericColumns(in.get("current_csv").asText(), column)[0]};
        }
        return new double[][] {Oracle.doubles(in.get(first)), Oracle.doubles(in.get(second))};
    }

    private static Method method(OracleCase c, String fallback) {
        String m = c.params().path("method").asText(fallback);
        return switch (m) {
            case "exact" -> Method.EXACT;
            case "asymp", "asymptotic" -> Method.ASYMPTOTIC;
            default -> Method.AUTO;
        };
    }

    private static void assertStatAndP(OracleCase c, String key, TestOutcome o) {
        c.assertClose(key, o.statistic(), Oracle.number(c.expected(key).get("statistic")));
        c.assertClose(key, o.pValue(), Oracle.number(c.expected(key).get("pvalue")));
    }

    private static void ks(OracleCase c, String key) {
        double[][] xy = samples(c, "x", "y");
        // the real-data cases record method='asymp' in their call only
        Method m = c.inputs().has("reference_csv") ? Method.ASYMPTOTIC : method(c, "auto");
        assertStatAndP(c, key, run("ks", ColumnPair.numeric("x", xy[0], xy[1]),
                TestParameters.DEFAULTS.withMethod(m)));
    }

    private static void cvm(OracleCase c, String key) {
        double[][] xy = samples(c, "x", "y");
        assertStatAndP(c, key, run("cvm", ColumnPair.numeric("x", xy[0], xy[1]),
                TestParameters.DEFAULTS.withMethod(method(c, "auto"))));
    }

    private static void anderson(OracleCase c, String key) {
        JsonNode s = c.inputs().get("samples");
        assertStatAndP(c, key, run("anderson", ColumnPair.numeric("x", Oracle.doubles(s.get(0)),
                Oracle.doubles(s.get(1))), TestParameters.DEFAULTS));
    }

    private static void wasserstein(OracleCase c, String key) {
        double[][] uv = samples(c, "u_values", "v_values");
        TestOutcome o = run("wasserstein", ColumnPair.numeric("u", uv[0], uv[1]), TestParameters.DEFAULTS);
        double[] u = Arrays.stream(uv[0]).filter(x -> !Double.isNaN(x)).toArray();
        double mean = Arrays.stream(u).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(u).map(x -> (x - mean) * (x - mean)).sum() / u.length);
        // the registry divides scipy's distance by numpy.std(reference)
        c.assertClose(key, o.statistic() * sd);
        assertThat(o.pValue()).isNaN();
    }

    private static void js(OracleCase c, String key) {
        double[] p = Oracle.doubles(c.inputs().get("p"));
        double[] q = Oracle.doubles(c.inputs().get("q"));
        Map<String, Long> r = new LinkedHashMap<>();
        Map<String, Long> k = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            String cat = String.format("c%03d", i);
            if (p[i] > 0) {
                r.put(cat, (long) p[i]);
            }
            if (q[i] > 0) {
                k.put(cat, (long) q[i]);
            }
        }
        c.assertClose(key, run("js", ColumnPair.categorical("c", r, k), TestParameters.DEFAULTS).statistic());
    }

    private static void chi2(OracleCase c, String key) {
        JsonNode in = c.inputs();
        long[][] table = new long[2][];
        for (int i = 0; i < 2; i++) {
            JsonNode row = in.get("table").get(i);
            table[i] = new long[row.size()];
            for (int j = 0; j < row.size(); j++) {
                table[i][j] = row.get(j).asLong();
            }
        }
        List<String> categories = Oracle.strings(in.get("categories"));
        boolean correction = c.params().path("correction").asBoolean(true);
        double lambda = "log-likelihood".equals(c.params().path("lambda_").asText(null))
                ? ChiSquareContingency.LOG_LIKELIHOOD : ChiSquareContingency.PEARSON;
        ColumnPair pair = ColumnPair.categorical("c", counts(categories, table[0]), counts(categories, table[1]));
        TestOutcome o = run("chi2", pair, TestParameters.DEFAULTS.withChiSquare(correction, lambda));
        assertStatAndP(c, key, o);
    }

    private static Map<String, Long> counts(List<String> categories, long[] row) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int j = 0; j < row.length; j++) {
            if (row[j] > 0) {
                out.put(categories.get(j), row[j]);
            }
        }
        return out;
    }

    private static void psi(OracleCase c) {
        JsonNode in = c.inputs();
        TestOutcome o;
        if (in.has("reference_counts")) {
            List<String> categories = Oracle.strings(in.get("categories"));
            long[] r = Arrays.stream(Oracle.doubles(in.get("reference_counts"))).mapToLong(x -> (long) x).toArray();
            long[] k = Arrays.stream(Oracle.doubles(in.get("current_counts"))).mapToLong(x -> (long) x).toArray();
            o = run("psi", ColumnPair.categorical("c", counts(categories, r), counts(categories, k)),
                    TestParameters.DEFAULTS);
        } else {
            String notes = c.name();
            if (notes.contains("equal_width") || notes.contains("empty_bin")) {
                assertThat(CORE_ONLY).containsKey("not-decile-bins");
                return;
            }
            double[][] rc = samples(c, "reference", "current");
            o = run("psi", ColumnPair.numeric("x", rc[0], rc[1]), TestParameters.DEFAULTS);
        }
        c.assertClose("psi", o.statistic());
        assertThat(Set.of(o.method())).containsExactly("exact");
    }
}
