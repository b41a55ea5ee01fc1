package dev.greenlight.stats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Every case and every expected key of {@code testdata/oracle/psi.json}, at the file's tolerance. */
class PsiOracleTest {

    @TestFactory
    Stream<DynamicTest> everyCase() {
        return Oracle.cases("psi").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(OracleCase c) {
        double epsilon = c.params().path("epsilon").asDouble(PopulationStabilityIndex.DEFAULT_EPSILON);
        JsonNode in = c.inputs();
        PsiResult r;
        if (in.has("reference_counts")) {
            r = PopulationStabilityIndex.fromCounts(Golden.longs(in.get("reference_counts")),
                    Golden.longs(in.get("current_counts")), epsilon);
        } else {
            double[][] samples = Golden.twoSamples(c, "reference", "current");
            double[] edges = Oracle.doubles(c.params().get("bin_edges"));
            r = PopulationStabilityIndex.fromEdges(samples[0], samples[1], edges, epsilon);
            assertThat(r.referenceTotal()).as("every reference value binned").isEqualTo(samples[0].length);
            assertThat(r.currentTotal()).as("every current value binned").isEqualTo(samples[1].length);
        }
        List<String> keys = new ArrayList<>();
        c.expected().fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            switch (key) {
                case "reference_counts" -> assertCounts(c, key, r.referenceCounts());
                case "current_counts" -> assertCounts(c, key, r.currentCounts());
                case "reference_proportions" -> c.assertClose(key, r.referenceProportions());
                case "current_proportions" -> c.assertClose(key, r.currentProportions());
                case "bin_terms" -> c.assertClose(key, r.binTerms());
                case "psi" -> c.assertClose(key, r.psi());
                default -> fail(c.name() + ": no check for expected key " + key);
            }
        }
    }

    private static void assertCounts(OracleCase c, String key, long[] actual) {
        assertThat(actual).as(c.name() + " / " + key).containsExactly(Golden.longs(c.expected(key)));
    }
}
