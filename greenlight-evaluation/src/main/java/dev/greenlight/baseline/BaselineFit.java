package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;

import java.util.Objects;

/**
 * A baseline trained and applied to the test rows.
 *
 * @param outcomes the test truth with the baseline's predictions; for a random baseline one seeded draw of its
 *                 guesses, for a paired resampling
 * @param summary  what was learnt, in one plain phrase for reports ("logistic regression on 3 features",
 *                 "'bmi' &lt;= 0.02 then 'yes'")
 * @param expected for a random baseline, the exact expected value of each metric over its guesses; {@code null}
 *                 for a deterministic one
 */
public record BaselineFit(Outcomes outcomes, String summary, ExpectedMetrics expected) {

    public BaselineFit {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(summary, "summary");
    }

    /** A deterministic baseline's predictions. */
    public static BaselineFit of(Outcomes outcomes, String summary) {
        return new BaselineFit(outcomes, summary, null);
    }

    /** Whether the predictions are a random draw (then {@link #metric} is an expectation, not the draw's value). */
    public boolean isRandom() {
        return expected != null;
    }

    /**
     * The baseline's value of a catalogue metric on the test rows: the metric of {@link #outcomes()}, or, for a random
     * baseline, its exact expectation over the guesses (undefined, with the reason, where none is known).
     */
    public MetricValue metric(String name) {
        if (expected != null) {
            return expected.of(name);
        }
        return MetricCatalog.compute(taskOf(outcomes), name, outcomes);
    }

    static Task taskOf(Outcomes o) {
        if (o instanceof ClassificationOutcomes c) {
            return c.isBinary() ? Task.BINARY : Task.MULTICLASS;
        }
        return Task.REGRESSION;
    }
}
