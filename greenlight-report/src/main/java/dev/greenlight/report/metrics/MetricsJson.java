package dev.greenlight.report.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Task;
import dev.greenlight.report.json.CliJson;

import java.util.List;

/** Every metric of a predictions file with its interval, as {@code greenlight metrics --format json} prints it. */
public final class MetricsJson {
    private MetricsJson() {
    }

    /** {@code {"task": ..., "n": ..., "metrics": {"roc_auc": {"value", "ci_low", "ci_high", "method", "n"}}}}. */
    public static String write(Task task, int n, List<ConfidenceInterval> metrics) {
        ObjectNode root = CliJson.object();
        root.put("task", task.key());
        root.put("n", n);
        ObjectNode all = root.putObject("metrics");
        for (ConfidenceInterval ci : metrics) {
            ObjectNode m = all.putObject(ci.metric());
            number(m, "value", ci.value());
            number(m, "ci_low", ci.low());
            number(m, "ci_high", ci.high());
            m.put("method", ci.method());
            m.put("n", ci.n());
            if (!ci.isDefined()) {
                m.put("undefined", ci.undefinedReason());
            }
        }
        return CliJson.write(root);
    }

    private static void number(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }
}
