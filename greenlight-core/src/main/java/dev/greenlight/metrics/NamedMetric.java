package dev.greenlight.metrics;

import java.util.function.Function;

/** A catalogue entry: a metric's identity and the function that computes it. */
record NamedMetric<O extends Outcomes>(String name, String description, Direction direction, boolean needsScores,
                                       Function<O, MetricValue> function) implements Metric<O> {

    @Override
    public MetricValue compute(O outcomes) {
        return function.apply(outcomes);
    }

    @Override
    public String toString() {
        return name;
    }
}
