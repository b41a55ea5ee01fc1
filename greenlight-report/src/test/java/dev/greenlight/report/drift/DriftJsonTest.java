package dev.greenlight.report.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.drift.DriftEngine;
import dev.greenlight.drift.DriftOptions;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The drift report's JSON: exactly the documented fields (docs/drift.md), in order. */
class DriftJsonTest {
    private static Table normal(Random r, int rows, double shift) {
        double[] x = new double[rows];
        double[] y = new double[rows];
        String[] c = new String[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = r.nextGaussian() + shift;
            y[i] = r.nextGaussian();
            c[i] = r.nextDouble() < 0.3 + shift / 2 ? "a" : r.nextDouble() < 0.5 ? "b" : "c";
        }
        return Table.of(NumericColumn.of("x", x), NumericColumn.of("y", y), CategoricalColumn.of("c", c));
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() throws Exception {
        Random r = new Random(6);
        DriftReport rep = DriftEngine.compare(normal(r, 2_000, 0.3), normal(r, 2_000, 0), DriftOptions.defaults());
        JsonNode tree = new ObjectMapper().readTree(DriftJson.write(rep));
        List<String> top = new ArrayList<>();
        tree.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("columns", "dataset_drift", "multivariate");
        List<String> fields = new ArrayList<>();
        tree.get("columns").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("name", "type", "test", "statistic", "p_value", "effect_size",
                "threshold", "drift", "n_reference", "n_current", "effect_threshold", "effect_threshold_source");
        assertThat(tree.get("columns").get(0).get("p_value").isNumber()).isTrue();
        assertThat(tree.get("columns").get(0).get("effect_threshold_source").asText()).isEqualTo("reference chunks");
        assertThat(tree.get("multivariate").get("domain_classifier").get("drift").asBoolean()).isTrue();
        assertThat(tree.get("multivariate").get("domain_classifier").get("top_features").get(0).get("name")
                .asText()).isEqualTo("x");
    }
}
