package dev.greenlight.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.metrics.ConfusionMatrix;

/** Renders {@link SparkMetrics} as the JSON that {@code greenlight spark metrics --out} writes. */
final class MetricsJson {
    private MetricsJson() {
    }

    static String render(SparkMetrics m, String source) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("source", source);
        root.put("task", m.task().key());
        root.put("rows", m.rows());
        root.put("rows_skipped", m.skipped());
        ArrayNode metrics = root.putArray("metrics");
        for (MetricEstimate e : m.metrics()) {
            ObjectNode o = metrics.addObject();
            o.put("metric", e.name());
            if (e.value().isDefined()) {
                o.put("value", e.value().value());
            } else {
                o.putNull("value");
                o.put("undefined_reason", e.value().undefinedReason());
            }
            o.put("method", e.method());
            if (Double.isNaN(e.errorBound())) {
                o.putNull("error_bound");
            } else {
                o.put("error_bound", e.errorBound());
            }
        }
        ConfusionMatrix cm = m.confusion();
        if (cm != null) {
            ObjectNode c = root.putObject("confusion_matrix");
            ArrayNode labels = c.putArray("labels");
            cm.labels().forEach(labels::add);
            ArrayNode rows = c.putArray("counts");
            for (double[] row : cm.counts()) {
                ArrayNode r = rows.addArray();
                for (double v : row) {
                    r.add(Math.round(v));
                }
            }
        }
        if (!m.thresholds().isEmpty()) {
            ArrayNode grid = root.putArray("thresholds");
            for (ThresholdCounts t : m.thresholds()) {
                ObjectNode o = grid.addObject();
                o.put("threshold", t.threshold());
                o.put("tp", t.truePositives());
                o.put("fp", t.falsePositives());
                o.put("tn", t.trueNegatives());
                o.put("fn", t.falseNegatives());
            }
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new GreenlightException("cannot render the metrics (" + e.getMessage() + ")", e);
        }
    }
}
