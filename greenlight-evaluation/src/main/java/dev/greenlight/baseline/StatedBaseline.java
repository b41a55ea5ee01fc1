package dev.greenlight.baseline;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Task;

import java.util.Objects;

/**
 * A baseline the team states as a number instead of predictions, such as the accuracy of human labellers: it has a
 * value for one metric and nothing to resample, so a comparison holds the model's interval against the number.
 *
 * @param name   key in reports, e.g. {@code human_labellers}
 * @param metric the catalogue metric the number is a value of
 * @param value  the number
 * @param rows   how many rows it was measured on, or 0 when unknown
 * @param source where the number comes from, in the team's words (a study, an audit)
 */
public record StatedBaseline(String name, String metric, double value, int rows, String source) {

    public StatedBaseline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        if (!Double.isFinite(value)) {
            throw new InvalidDataException("baseline '" + name + "': the stated " + metric + " must be a finite "
                    + "number, got " + value);
        }
        if (rows < 0) {
            throw new InvalidDataException("baseline '" + name + "': rows must be at least 0, got " + rows);
        }
    }

    /** Whether the metric is one of the task's; otherwise the message lists the valid names. */
    public void requireMetricOf(Task task) {
        if (MetricCatalog.find(task, metric).isEmpty()) {
            throw new InvalidDataException("baseline '" + name + "': unknown metric '" + metric + "' for task "
                    + task.key() + "; valid: " + MetricCatalog.names(task));
        }
    }

    /** The stated value for its own metric; undefined for any other, with the reason. */
    public MetricValue metricValue(String requested) {
        if (requested.equals(metric)) {
            return MetricValue.of(metric, value, rows);
        }
        return MetricValue.undefined(requested, rows, "baseline '" + name + "' states " + metric + " only");
    }
}
