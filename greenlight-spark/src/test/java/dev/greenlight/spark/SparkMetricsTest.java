package dev.greenlight.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.metrics.AveragePrecision;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Labels;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.RocAuc;
import dev.greenlight.metrics.Task;
import dev.greenlight.profile.Sketches;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Metrics computed on Spark against scikit-learn's values of the same outcomes (oracle.json, made by
 * make_testdata.py beside it) and against the single-machine catalogue: label metrics, Brier score, regression
 * sums and the sorted ROC AUC / average precision exactly (to rounding); the sketch ROC AUC within its stated
 * bound; the threshold grid's counts exactly.
 */
class SparkMetricsTest {
    private static final double ROUNDING = 1e-9;
    private static SparkSession spark;
    private static JsonNode oracle;

    @BeforeAll
    static void start() throws IOException {
        spark = LocalSpark.start();
        oracle = new ObjectMapper().readTree(LocalSpark.resource("oracle.json").toFile());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void binaryMetricsMatchScikitLearnAndTheSingleMachineCatalogue() {
        Dataset<Row> data = LocalSpark.csv(spark, LocalSpark.california());
        SparkMetrics m = GreenlightSpark.metrics(data, MetricsRequest.binary("clf_target", "y_pred_proba")
                .withExactRanking());
        JsonNode expected = oracle.get("binary");
        for (String name : List.of("accuracy", "balanced_accuracy", "precision", "recall", "f1",
                "matthews_corrcoef", "cohen_kappa", "brier_score")) {
            MetricEstimate e = m.metric(name, MetricEstimate.EXACT).orElseThrow();
            assertThat(e.value().value()).as(name).isCloseTo(expected.get(name).asDouble(), within(ROUNDING));
        }
        double auc = expected.get("roc_auc").asDouble();
        double ap = expected.get("average_precision").asDouble();
        assertThat(m.metric("roc_auc", MetricEstimate.SORTED).orElseThrow().value().value())
                .isCloseTo(auc, within(ROUNDING));
        assertThat(m.metric("average_precision", MetricEstimate.SORTED).orElseThrow().value().value())
                .isCloseTo(ap, within(ROUNDING));
        MetricEstimate sketchAuc = m.metric("roc_auc", MetricEstimate.SKETCH).orElseThrow();
        assertThat(sketchAuc.errorBound()).isGreaterThan(0).isLessThanOrEqualTo(2 * Sketches.KLL_RANK_ERROR);
        assertThat(sketchAuc.value().value()).isCloseTo(auc, within(sketchAuc.errorBound()));
        // average precision from the sketches has no stated bound; here it lands within 0.01
        assertThat(m.metric("average_precision", MetricEstimate.SKETCH).orElseThrow().value().value())
                .isCloseTo(ap, within(0.01));

        // the single-machine catalogue on the same rows gives the same numbers
        ClassificationOutcomes single = collectBinary(data);
        assertThat(RocAuc.of(single).value()).isCloseTo(auc, within(ROUNDING));
        assertThat(AveragePrecision.of(single).value()).isCloseTo(ap, within(ROUNDING));
        for (String name : List.of("accuracy", "f1", "matthews_corrcoef", "brier_score")) {
            assertThat(m.metric(name, MetricEstimate.EXACT).orElseThrow().value().value()).as(name)
                    .isCloseTo(MetricCatalog.compute(Task.BINARY, name, single).value(), within(ROUNDING));
        }
    }

    @Test
    void thresholdGridCountsAreExact() {
        SparkMetrics m = GreenlightSpark.metrics(LocalSpark.csv(spark, LocalSpark.california()),
                MetricsRequest.binary("clf_target", "y_pred_proba"));
        assertThat(m.thresholds()).hasSize(MetricsRequest.DEFAULT_THRESHOLD_BINS + 1);
        Iterator<Map.Entry<String, JsonNode>> cases = oracle.get("binary_thresholds").fields();
        int checked = 0;
        while (cases.hasNext()) {
            Map.Entry<String, JsonNode> c = cases.next();
            double threshold = Double.parseDouble(c.getKey());
            ThresholdCounts t = m.thresholds().stream().filter(x -> x.threshold() == threshold).findFirst()
                    .orElseThrow();
            assertThat(t.truePositives()).as("tp at " + threshold).isEqualTo(c.getValue().get("tp").asLong());
            assertThat(t.falsePositives()).as("fp at " + threshold).isEqualTo(c.getValue().get("fp").asLong());
            checked++;
        }
        assertThat(checked).isEqualTo(5);
        ThresholdCounts atDefault = m.thresholds().get(50);
        assertThat(m.confusion().count(1, 1)).isEqualTo(atDefault.truePositives());
    }

    @Test
    void multiclassLabelMetricsMatchScikitLearn() {
        SparkMetrics m = GreenlightSpark.metrics(LocalSpark.csv(spark, LocalSpark.resource("multiclass.csv")),
                MetricsRequest.multiclass("animal", "predicted"));
        assertThat(m.confusion().labels()).containsExactly("bird", "cat", "dog");
        assertThat(m.rows()).isEqualTo(2000);
        Iterator<Map.Entry<String, JsonNode>> expected = oracle.get("multiclass").fields();
        int checked = 0;
        while (expected.hasNext()) {
            Map.Entry<String, JsonNode> e = expected.next();
            assertThat(m.metric(e.getKey(), MetricEstimate.EXACT).orElseThrow().value().value()).as(e.getKey())
                    .isCloseTo(e.getValue().asDouble(), within(ROUNDING));
            checked++;
        }
        assertThat(checked).isEqualTo(m.metrics().size());
    }

    @Test
    void regressionMetricsMatchScikitLearn() {
        Dataset<Row> data = LocalSpark.csv(spark, LocalSpark.resource("regression.csv"));
        SparkMetrics m = GreenlightSpark.metrics(data, MetricsRequest.regression("price", "predicted_price"));
        JsonNode expected = oracle.get("regression");
        for (MetricEstimate e : m.metrics()) {
            double want = expected.get(e.name()).asDouble();
            if (e.method().equals(MetricEstimate.EXACT)) {
                assertThat(e.value().value()).as(e.name()).isCloseTo(want, within(ROUNDING * Math.max(1, want)));
            } else {
                // the median from the sketch: a value whose rank among the errors is within the bound of 1/2
                assertThat(e.name()).isEqualTo("median_absolute_error");
                double[] errors = data.select(col("price").minus(col("predicted_price"))).collectAsList().stream()
                        .mapToDouble(r -> Math.abs(r.getDouble(0))).sorted().toArray();
                double v = e.value().value();
                long atOrBelow = java.util.Arrays.stream(errors).filter(x -> x <= v).count();
                long below = java.util.Arrays.stream(errors).filter(x -> x < v).count();
                assertThat(e.errorBound()).isLessThanOrEqualTo(Sketches.KLL_RANK_ERROR);
                assertThat((double) atOrBelow / errors.length).isGreaterThanOrEqualTo(0.5 - e.errorBound());
                assertThat((double) below / errors.length).isLessThanOrEqualTo(0.5 + e.errorBound());
            }
        }
        assertThat(m.metrics()).hasSize(expected.size());
    }

    private static ClassificationOutcomes collectBinary(Dataset<Row> data) {
        List<Row> rows = data.select(col("clf_target").cast("string"), col("y_pred_proba")).collectAsList();
        List<String> labels = Labels.sorted(rows.stream().map(r -> r.getString(0)).toList());
        int[] y = new int[rows.size()];
        double[] s = new double[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.indexOf(rows.get(i).getString(0));
            s[i] = rows.get(i).getDouble(1);
        }
        return ClassificationOutcomes.binary(labels, 1, y, null, s, null);
    }
}
