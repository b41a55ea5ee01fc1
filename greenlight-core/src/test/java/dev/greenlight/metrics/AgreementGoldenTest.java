package dev.greenlight.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case and key of {@code testdata/oracle/agreement.json} (scikit-learn and statsmodels). */
class AgreementGoldenTest {

    /** Two raters' labels, or a subjects-by-categories table of rating counts. */
    record Inputs(List<String> labels, int[] rater1, int[] rater2, double[] weights, int[][] table) {
        static Inputs of(OracleCase c) {
            JsonNode in = c.inputs();
            if (in.has("table")) {
                int[][] table = ints(in.get("table"));
                int categories = c.params().get("categories").size();
                // our aggregation of the raw ratings must give the oracle's table
                assertThat(FleissKappa.table(ints(in.get("ratings")), categories)).isDeepEqualTo(table);
                return new Inputs(null, null, null, null, table);
            }
            List<String> labels = Oracle.strings(c.params().get("labels"));
            return new Inputs(labels, Labels.encode(Oracle.strings(in.get("rater1")), labels),
                    Labels.encode(Oracle.strings(in.get("rater2")), labels),
                    in.has("sample_weight") ? Oracle.doubles(in.get("sample_weight")) : null, null);
        }

        MetricValue kappa(KappaWeighting weighting) {
            return CohenKappa.of(rater1, rater2, labels, weights, weighting);
        }
    }

    @TestFactory
    Stream<DynamicContainer> agreement() {
        Map<String, Golden.Check<Inputs>> checks = new HashMap<>();
        checks.put("cohen_kappa_unweighted", (c, in, key) -> Golden.scalar(c, key, in.kappa(KappaWeighting.NONE)));
        checks.put("cohen_kappa_linear", (c, in, key) -> Golden.scalar(c, key, in.kappa(KappaWeighting.LINEAR)));
        checks.put("cohen_kappa_quadratic",
                (c, in, key) -> Golden.scalar(c, key, in.kappa(KappaWeighting.QUADRATIC)));
        checks.put("statsmodels_cohens_kappa_unweighted", AgreementGoldenTest::inference);
        checks.put("fleiss_kappa", (c, in, key) -> Golden.scalar(c, key, FleissKappa.fleiss(in.table())));
        checks.put("randolph_kappa", (c, in, key) -> Golden.scalar(c, key, FleissKappa.randolph(in.table())));
        return Golden.tests("agreement", Inputs::of, checks);
    }

    private static void inference(OracleCase c, Inputs in, String key) {
        double[][] table = ConfusionMatrix.of(in.labels(), in.rater1(), in.rater2(), null).counts();
        KappaInference k = CohenKappa.inference(table, 0.95);
        boolean expectUndefined = Double.isNaN(Oracle.number(c.expected(key).get("kappa")));
        assertThat(k.isDefined()).as(c.name() + " / " + key + ": " + k.undefinedReason()).isEqualTo(!expectUndefined);
        Map<String, Double> actual = new LinkedHashMap<>();
        actual.put("kappa", k.kappa());
        actual.put("std_kappa", k.standardError());
        actual.put("std_kappa0", k.standardError0());
        actual.put("kappa_low", k.low());
        actual.put("kappa_upp", k.high());
        actual.put("z_value", k.z());
        actual.put("pvalue_two_sided", k.pValue());
        Golden.fields(c, key, actual);
    }

    private static int[][] ints(JsonNode rows) {
        int[][] out = new int[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new int[rows.get(i).size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = rows.get(i).get(j).asInt();
            }
        }
        return out;
    }
}
