package dev.greenlight.metrics;

import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case and key of {@code testdata/oracle/calibration.json}. */
class CalibrationGoldenTest {

    /** One case's inputs: binary ({@code y_prob}) or multiclass ({@code y_proba}). */
    record Inputs(int[] yTrue, double[] yProb, double[][] yProba, double[] edges) {
        static Inputs of(OracleCase c) {
            List<String> yTrue = Oracle.strings(c.inputs().get("y_true"));
            double[] edges = Oracle.doubles(c.params().get("bin_edges"));
            if (c.inputs().has("y_proba")) {
                List<String> labels = Oracle.strings(c.params().get("labels"));
                return new Inputs(Labels.encode(yTrue, labels), null,
                        OracleOutcomes.columns(Oracle.matrix(c.inputs().get("y_proba"))), edges);
            }
            return new Inputs(Labels.encode(yTrue, List.of("0", "1")), Oracle.doubles(c.inputs().get("y_prob")), null,
                    edges);
        }

        ReliabilityDiagram diagram() {
            // the edges we build must be numpy's linspace to the bit, so build them rather than read them
            assertThat(ReliabilityDiagram.uniformEdges(edges.length - 1)).containsExactly(edges);
            double[] built = ReliabilityDiagram.uniformEdges(edges.length - 1);
            return yProba != null ? ReliabilityDiagram.topLabel(yProba, yTrue, null, built)
                    : ReliabilityDiagram.binary(yProb, yTrue, 1, null, built);
        }
    }

    @TestFactory
    Stream<DynamicContainer> calibration() {
        Map<String, Golden.Check<Inputs>> checks = new HashMap<>();
        checks.put("bin_counts", (c, in, key) -> c.assertClose(key, Golden.toDoubles(in.diagram().counts())));
        checks.put("bin_mean_prob", (c, in, key) -> c.assertClose(key, in.diagram().meanConfidence()));
        checks.put("bin_mean_confidence", (c, in, key) -> c.assertClose(key, in.diagram().meanConfidence()));
        checks.put("bin_frac_positive", (c, in, key) -> c.assertClose(key, in.diagram().accuracy()));
        checks.put("bin_accuracy", (c, in, key) -> c.assertClose(key, in.diagram().accuracy()));
        checks.put("ece", (c, in, key) -> c.assertClose(key, in.diagram().ece()));
        checks.put("mce", (c, in, key) -> c.assertClose(key, in.diagram().mce()));
        return Golden.tests("calibration", Inputs::of, checks);
    }
}
