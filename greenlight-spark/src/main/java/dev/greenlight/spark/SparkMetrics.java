package dev.greenlight.spark;

import dev.greenlight.metrics.ConfusionMatrix;
import dev.greenlight.metrics.Task;

import java.util.List;
import java.util.Optional;

/**
 * The metrics of a model's outcomes computed on Spark.
 *
 * @param task       the task
 * @param rows       rows read
 * @param skipped    rows left out because the target, score or prediction was missing (binary: then every score
 *                   metric is undefined, as on one machine)
 * @param metrics    the metrics, each with its method and error bound
 * @param confusion  the exact confusion matrix (classification), else null
 * @param thresholds binary: the exact confusion counts at each step of the threshold grid, else empty
 */
public record SparkMetrics(Task task, long rows, long skipped, List<MetricEstimate> metrics,
                           ConfusionMatrix confusion, List<ThresholdCounts> thresholds) {
    public SparkMetrics {
        metrics = List.copyOf(metrics);
        thresholds = List.copyOf(thresholds);
    }

    /** The metric of that name, computed by the given method ({@link MetricEstimate#EXACT}, ...). */
    public Optional<MetricEstimate> metric(String name, String method) {
        return metrics.stream().filter(m -> m.name().equals(name) && m.method().equals(method)).findFirst();
    }
}
