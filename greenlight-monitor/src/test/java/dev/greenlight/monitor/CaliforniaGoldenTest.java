package dev.greenlight.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The NannyML california_housing files against testdata/oracle/monitor/california_chunks.json (scikit-learn 1.2.1;
 * made by california_chunks.py beside it): per-chunk realized metrics and CBPE's estimated ROC AUC.
 */
class CaliforniaGoldenTest {
    private static final MonitorColumns COLUMNS = MonitorColumns.binary("id", "clf_target", "y_pred_proba", "y_pred",
            "timestamp");
    private static Table reference;
    private static Table analysis;
    private static Table labels;
    private static JsonNode oracle;
    private static MonitorResult labelled;

    @BeforeAll
    static void run() throws IOException {
        reference = TestData.read("california_housing_reference");
        analysis = TestData.read("california_housing_analysis");
        labels = TestData.read("california_housing_analysis_gt");
        oracle = new ObjectMapper().readTree(TestData.repo().resolve("testdata/oracle/monitor/california_chunks.json")
                .toFile());
        labelled = MonitorEngine.run(reference, analysis, labels, COLUMNS, MonitorOptions.defaults()
                .withCalibration("always").withDrift(true, false));
    }

    @Test
    void realizedMetricsPerChunkAreScikitLearns() {
        List<ChunkResult> chunks = labelled.chunks();
        assertThat(chunks).hasSize(oracle.get("chunks").size());
        for (int i = 0; i < chunks.size(); i++) {
            ChunkResult c = chunks.get(i);
            JsonNode o = oracle.get("chunks").get(i);
            assertThat(c.period().key()).isEqualTo(o.get("period").asText());
            assertThat(c.firstRow()).isEqualTo(o.get("first_row").asInt());
            assertThat(c.lastRow()).isEqualTo(o.get("last_row").asInt());
            assertThat(c.labelledRows()).isEqualTo(o.get("rows").asInt());
            for (String m : List.of("roc_auc", "accuracy", "precision", "recall", "f1")) {
                assertThat(c.realized().get(m).value()).as(c.describe() + " " + m)
                        .isCloseTo(o.get(m).asDouble(), within(1e-12));
            }
        }
    }

    @Test
    void cbpeEstimatesAreTheIndependentImplementations() {
        for (int i = 0; i < labelled.chunks().size(); i++) {
            ChunkResult c = labelled.chunks().get(i);
            assertThat(c.estimated().get("roc_auc").value()).as(c.describe())
                    .isCloseTo(oracle.get("chunks").get(i).get("cbpe_roc_auc").asDouble(), within(1e-9));
        }
        assertThat(labelled.calibrated()).isTrue();
        assertThat(labelled.estimator()).isEqualTo("CBPE");
    }

    /**
     * "Within its own alert band": the estimate and the realized value fall on the same side of the alert thresholds
     * learnt from the reference chunks in most chunks (19 of 20 here); and each estimate's sampling error is the
     * reference's, so the count of chunks where |estimate - realized| is within 3 standard errors is reported, not
     * claimed (see docs/monitoring.md).
     */
    @Test
    void cbpeAgreesWithTheRealizedValueOnTheAlertBandInMostChunks() {
        int agree = 0;
        for (ChunkResult c : labelled.chunks()) {
            ChunkResult.Realized r = c.realized().get("roc_auc");
            ChunkResult.Estimated e = c.estimated().get("roc_auc");
            boolean realizedInside = r.value() >= e.lowerThreshold() && r.value() <= e.upperThreshold();
            boolean estimateInside = e.value() >= e.lowerThreshold() && e.value() <= e.upperThreshold();
            agree += realizedInside == estimateInside ? 1 : 0;
        }
        assertThat(agree).isGreaterThanOrEqualTo(18);
    }

    @Test
    void withoutLabelsTheEstimatesAloneAreReported() {
        MonitorResult r = MonitorEngine.run(reference, analysis, null, COLUMNS, MonitorOptions.defaults()
                .withCalibration("always").withDrift(false, false));
        for (ChunkResult c : r.chunks(Period.ANALYSIS)) {
            assertThat(c.realized()).isEmpty();
            assertThat(c.labelledRows()).isZero();
            assertThat(c.estimated().keySet()).containsExactlyInAnyOrder("roc_auc", "accuracy", "precision", "recall",
                    "f1");
        }
        assertThat(r.labels().source()).isEqualTo("none");
        assertThat(r.chunks(Period.ANALYSIS).get(1).estimated().get("roc_auc").value())
                .isEqualTo(labelled.chunks(Period.ANALYSIS).get(1).estimated().get("roc_auc").value());
    }

    @Test
    void thresholdsAreTheReferenceChunksMeanPlusMinusThreeStandardDeviations() {
        double[] values = labelled.chunks(Period.REFERENCE).stream()
                .mapToDouble(c -> c.realized().get("roc_auc").value()).toArray();
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
        ChunkResult.Realized first = labelled.chunks(Period.ANALYSIS).get(0).realized().get("roc_auc");
        assertThat(first.lowerThreshold()).isCloseTo(mean - 3 * sd, within(1e-12));
        assertThat(first.upperThreshold()).isEqualTo(Math.min(1, mean + 3 * sd));
    }
}
