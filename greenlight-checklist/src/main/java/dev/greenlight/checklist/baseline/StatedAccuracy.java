package dev.greenlight.checklist.baseline;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.NewcombeInterval;
import dev.greenlight.stats.ProportionTestResult;
import dev.greenlight.stats.TwoProportionZTest;

import java.util.Optional;

/**
 * A stated accuracy with the number of rows it was measured on (typically human labellers': {@code baselines:
 * [{name: human, metric: accuracy, value: 0.93, rows: 400}]}) is itself an estimate, so the model is compared with it
 * as two independent proportions: Newcombe's interval of the difference, and the pooled two-proportion z-test
 * (statsmodels {@code proportions_ztest}). Only for unweighted accuracy, where both are counts of correct rows.
 */
final class StatedAccuracy {
    private StatedAccuracy() {
    }

    /** The interval of model minus stated accuracy, or null when the comparison does not apply. */
    static ConfidenceInterval difference(CheckContext ctx, String metric, MetricValue model, BaselineCheck.Scored best) {
        if (!applies(ctx, metric, best)) {
            return null;
        }
        ConfidenceInterval d = NewcombeInterval.difference(metric, correct(model.value(), model.n()), model.n(),
                correct(best.value().value(), best.value().n()), best.value().n(), 0.95);
        return d.isDefined() ? d : null;
    }

    static Optional<Evidence> test(MetricValue model, BaselineCheck.Scored best) {
        ProportionTestResult r = TwoProportionZTest.fromCounts(correct(model.value(), model.n()), model.n(),
                correct(best.value().value(), best.value().n()), best.value().n());
        if (Double.isNaN(r.pValue())) {
            return Optional.empty();
        }
        return Optional.of(Evidence.number("two_proportion_z.p_value", "two-proportion z-test p-value, model vs "
                + best.name(), r.pValue(),
                "pooled z-test of the model's accuracy on " + model.n() + " test rows against the stated accuracy on "
                        + best.value().n() + " rows (z = " + dev.greenlight.text.Figures.format(r.statistic()) + ")",
                model.n(), "test"));
    }

    private static boolean applies(CheckContext ctx, String metric, BaselineCheck.Scored best) {
        return metric.equals("accuracy") && best.fit() == null && best.value().n() > 0
                && ctx.data().test().outcomes() instanceof ClassificationOutcomes c && c.weights() == null;
    }

    /** The number of correct rows behind an accuracy (rounded: a stated accuracy is a rounded share). */
    private static long correct(double accuracy, int n) {
        return Math.round(accuracy * n);
    }
}
