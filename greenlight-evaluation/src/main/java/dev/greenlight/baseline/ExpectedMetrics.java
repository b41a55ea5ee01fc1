package dev.greenlight.baseline;

import dev.greenlight.metrics.MetricValue;

/** The exact expected value of each metric of a random baseline, by catalogue name. */
@FunctionalInterface
public interface ExpectedMetrics {

    /** The expectation, or an undefined value whose reason says why no exact expectation is known. */
    MetricValue of(String metric);
}
