package dev.greenlight.stats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every case and every expected key of {@code testdata/oracle/drift_tests.json} (scipy 1.10.1), at the file's
 * tolerance. A key without a check here fails the case instead of being skipped.
 */
class DriftTestsOracleTest {
    private static final String FAMILY = "drift_tests";

    @TestFactory
    Stream<DynamicTest> everyCase() {
        return Oracle.cases(FAMILY).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(OracleCase c) {
        List<String> keys = new ArrayList<>();
        c.expected().fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as(c.name() + " has expected keys").isNotEmpty();
        for (String key : keys) {
            switch (key) {
                case "ks_2samp" -> kolmogorovSmirnov(c, key);
                case "chi2_contingency" -> chiSquare(c, key);
                case "wasserstein_distance" -> wasserstein(c, key);
                case "js_distance_base2" -> c.assertClose(key, JensenShannon.distance(p(c), q(c), 2));
                case "js_distance_base_e" -> c.assertClose(key, JensenShannon.distance(p(c), q(c)));
                case "js_divergence_base2" -> c.assertClose(key, JensenShannon.divergence(p(c), q(c), 2));
                case "js_divergence_base_e" -> c.assertClose(key, JensenShannon.divergence(p(c), q(c)));
                case "anderson_ksamp" -> andersonDarling(c, key);
                case "ttest_ind" -> tTest(c, key, TTest.welch(a(c), b(c)));
                case "ttest_ind_student" -> tTest(c, key, TTest.student(a(c), b(c)));
                case "ttest_ind_welch_less" -> tTest(c, key, TTest.welch(a(c), b(c), Alternative.LESS));
                case "ttest_ind_welch_greater" -> tTest(c, key, TTest.welch(a(c), b(c), Alternative.GREATER));
                case "welch_df" -> c.assertClose(key, TTest.welch(a(c), b(c)).df());
                case "cramervonmises_2samp" -> cramerVonMises(c, key);
                default -> fail(c.name() + ": no check for expected key " + key);
            }
        }
    }

    private static void kolmogorovSmirnov(OracleCase c, String key) {
        double[][] xy = Golden.twoSamples(c, "x", "y");
        Alternative alternative = Golden.alternative(Golden.callArgument(c, FAMILY, key, "alternative", "two-sided"));
        Method method = Golden.method(Golden.callArgument(c, FAMILY, key, "method", "auto"));
        KsResult r = KolmogorovSmirnov.twoSample(xy[0], xy[1], alternative, method);
        Golden.assertField(c, key, "statistic", r.statistic());
        Golden.assertField(c, key, "pvalue", r.pValue());
        Golden.assertField(c, key, "statistic_location", r.location());
        Golden.assertExact(c, key, "statistic_sign", r.sign());
        assertThat(r.n1()).isEqualTo(xy[0].length);
        assertThat(r.n2()).isEqualTo(xy[1].length);
        if (method != Method.AUTO) {
            assertThat(r.method()).as(c.name() + " method used").isEqualTo(method);
        }
    }

    private static void chiSquare(OracleCase c, String key) {
        JsonNode in = c.inputs();
        long[][] table = Golden.longMatrix(in.get("table"));
        List<String> categories = Oracle.strings(in.get("categories"));
        if (in.has("reference_csv")) {
            String column = in.get("column").asText();
            Map<String, Long> reference = Golden.textColumnCounts(in.get("reference_csv").asText(), column);
            Map<String, Long> current = Golden.textColumnCounts(in.get("current_csv").asText(), column);
            assertThat(reference.keySet()).as("categories seen").allMatch(categories::contains);
            assertThat(current.keySet()).as("categories seen").allMatch(categories::contains);
            long[][] fromCsv = new long[2][categories.size()];
            for (int j = 0; j < categories.size(); j++) {
                fromCsv[0][j] = reference.getOrDefault(categories.get(j), 0L);
                fromCsv[1][j] = current.getOrDefault(categories.get(j), 0L);
            }
            assertThat(fromCsv).as(c.name() + ": table counted from the CSVs").isDeepEqualTo(table);
        } else {
            long[][] fromLabels = {
                Golden.countLabels(in.get("reference"), categories),
                Golden.countLabels(in.get("current"), categories),
            };
            assertThat(fromLabels).as(c.name() + ": table counted from the labels").isDeepEqualTo(table);
        }
        boolean correction = !c.params().has("correction") || c.params().get("correction").asBoolean();
        JsonNode lambdaName = c.params().path("lambda_");
        double lambda = lambdaName.isMissingNode() || lambdaName.isNull() ? ChiSquareContingency.PEARSON
                : switch (lambdaName.asText()) {
                    case "log-likelihood" -> ChiSquareContingency.LOG_LIKELIHOOD;
                    case "pearson" -> ChiSquareContingency.PEARSON;
                    default -> throw new IllegalArgumentException("lambda_ " + lambdaName);
                };
        ChiSquareResult r = ChiSquareContingency.test(table, correction, lambda);
        Golden.assertField(c, key, "statistic", r.statistic());
        Golden.assertField(c, key, "pvalue", r.pValue());
        Golden.assertExact(c, key, "dof", r.dof());
        if (c.expected(key).has("expected_freq")) {
            Golden.assertField(c, key, "expected_freq", r.expected());
        }
        assertThat(r.yatesCorrected()).isEqualTo(correction && r.dof() == 1);
    }

    private static void wasserstein(OracleCase c, String key) {
        JsonNode in = c.inputs();
        double[][] uv = Golden.twoSamples(c, "u_values", "v_values");
        DistanceResult r = in.has("u_weights")
                ? Wasserstein.distance(uv[0], uv[1], Oracle.doubles(in.get("u_weights")),
                        Oracle.doubles(in.get("v_weights")))
                : Wasserstein.distance(uv[0], uv[1]);
        c.assertClose(key, r.distance());
        assertThat(r.n1()).isEqualTo(uv[0].length);
    }

    private static void andersonDarling(OracleCase c, String key) {
        boolean midrank = c.params().path("midrank").asBoolean(true);
        AndersonDarlingResult r = AndersonDarling.kSample(midrank,
                Golden.sampleList(c.inputs().get("samples")).toArray(new double[0][]));
        Golden.assertField(c, key, "statistic", r.statistic());
        Golden.assertField(c, key, "critical_values", r.criticalValues());
        Golden.assertField(c, key, "pvalue", r.pValue());
        // scipy warns exactly when it caps the p-value
        boolean warned = c.name().contains("capped");
        assertThat(r.pValueCapped()).as(c.name() + " capped").isEqualTo(warned);
    }

    private static void tTest(OracleCase c, String key, TTestResult r) {
        Golden.assertField(c, key, "statistic", r.statistic());
        Golden.assertField(c, key, "pvalue", r.pValue());
    }

    private static void cramerVonMises(OracleCase c, String key) {
        double[][] xy = Golden.twoSamples(c, "x", "y");
        Method method = Golden.method(Golden.callArgument(c, FAMILY, key, "method", "auto"));
        CramerVonMisesResult r = CramerVonMises.twoSample(xy[0], xy[1], method);
        Golden.assertField(c, key, "statistic", r.statistic());
        Golden.assertField(c, key, "pvalue", r.pValue());
    }

    private static double[] p(OracleCase c) {
        return Oracle.doubles(c.inputs().get("p"));
    }

    private static double[] q(OracleCase c) {
        return Oracle.doubles(c.inputs().get("q"));
    }

    private static double[] a(OracleCase c) {
        return Oracle.doubles(c.inputs().get("a"));
    }

    private static double[] b(OracleCase c) {
        return Oracle.doubles(c.inputs().get("b"));
    }
}
