package dev.greenlight.checklist.baseline;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.metrics.AucComparison;
import dev.greenlight.metrics.Bootstrap;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.DeLong;
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricIntervals;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.stats.McNemar;
import dev.greenlight.stats.McNemarResult;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The model against its strongest baseline: the improvement (signed so that positive is better) with a 95% interval,
 * and an exact test where one fits.
 *
 * <ul>
 *   <li>Against a trained baseline: the paired bootstrap of the difference (both scored on the same resampled test
 *       rows, 1,000 resamples stratified by class, seed 42).</li>
 *   <li>Against a constant (a random guess's exact expectation, a stated number): the model's own interval minus the
 *       constant; against a stated accuracy measured on a stated number of rows (human labellers'), Newcombe's
 *       interval of the difference of two proportions and the two-proportion z-test ({@link StatedAccuracy}).</li>
 *   <li>Accuracy: McNemar's exact test on the rows where exactly one of the two is right (statsmodels
 *       {@code mcnemar(exact=True)}). Binary ROC AUC: DeLong's test of two correlated AUCs.</li>
 * </ul>
 */
final class BaselineComparison {

    /** The id of the evidence the baseline item's condition judges. */
    static final String IMPROVEMENT = "improvement.strongest_baseline";

    /** The comparison's outcome; low and high are NaN when there is no interval. */
    record Result(double improvement, double low, double high, List<Evidence> evidence, List<String> findings) {
        boolean defined() {
            return !Double.isNaN(low);
        }
    }

    private BaselineComparison() {
    }

    static Result compare(CheckContext ctx, String metric, Direction direction, MetricValue model,
                          ConfidenceInterval modelInterval, BaselineCheck.Scored best) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        double improvement = direction.improvement(model.value(), best.value().value());
        double low;
        double high;
        String method;
        ConfidenceInterval stated = StatedAccuracy.difference(ctx, metric, model, best);
        if (stated != null) {
            low = stated.low();
            high = stated.high();
            method = "the model's " + metric + " minus the stated " + metric + " of " + best.name() + " (measured on "
                    + best.value().n() + " other rows); interval: " + stated.method() + ", which counts the "
                    + "uncertainty of both";
            StatedAccuracy.test(model, best).ifPresent(evidence::add);
        } else if (best.isConstant()) {
            if (modelInterval.isDefined()) {
                low = direction.improvement(direction == Direction.HIGHER_IS_BETTER ? modelInterval.low()
                        : modelInterval.high(), best.value().value());
                high = direction.improvement(direction == Direction.HIGHER_IS_BETTER ? modelInterval.high()
                        : modelInterval.low(), best.value().value());
            } else {
                low = Double.NaN;
                high = Double.NaN;
                findings.add("No interval for the model's " + metric + ": " + modelInterval.undefinedReason() + ".");
            }
            method = "the model's " + metric + " minus the baseline's " + (best.fit() == null ? "stated value"
                    : "exact expected value") + "; interval from the model's own (" + modelInterval.method() + ")";
        } else {
            Outcomes modelOutcomes = ctx.data().test().outcomes();
            ConfidenceInterval diff = Bootstrap.seeded(MetricIntervals.DEFAULT_SEED)
                    .difference(metric, modelOutcomes, best.fit().outcomes()).interval();
            if (diff.isDefined()) {
                // the interval is of model - baseline; for a lower-is-better metric the improvement is its negative
                low = direction == Direction.HIGHER_IS_BETTER ? diff.low() : -diff.high();
                high = direction == Direction.HIGHER_IS_BETTER ? diff.high() : -diff.low();
            } else {
                low = Double.NaN;
                high = Double.NaN;
                findings.add("No interval for the difference: " + diff.undefinedReason() + ".");
            }
            method = metric + " of the model minus that of the baseline, signed so that positive is better; "
                    + "interval: " + diff.method();
            exactTest(metric, modelOutcomes, best, evidence);
        }
        Evidence gain = Evidence.number(IMPROVEMENT, "improvement over the strongest baseline (" + best.name() + ")",
                improvement, method, model.n(), "test");
        evidence.add(0, Double.isNaN(low) ? gain : gain.withInterval(low, high));
        return new Result(improvement, low, high, evidence, findings);
    }

    private static void exactTest(String metric, Outcomes model, BaselineCheck.Scored best, List<Evidence> out) {
        if (!(model instanceof ClassificationOutcomes m) || !(best.fit().outcomes() instanceof ClassificationOutcomes
                base) || m.weights() != null) {
            return;
        }
        if (metric.equals("accuracy") && m.predictions() != null && base.predictions() != null) {
            McNemarResult r = McNemar.compare(m.yTrue(), m.predictions(), base.predictions(), McNemar.Variant.EXACT);
            out.add(Evidence.number("mcnemar.p_value", "McNemar exact p-value, model vs " + best.name(), r.pValue(), "exact binomial test "
                    + "on the " + r.discordant() + " rows where exactly one is right (model alone right on "
                    + r.onlyFirstCorrect() + ", " + best.name() + " alone on " + r.onlySecondCorrect() + ")",
                    m.size(), "test"));
        } else if (metric.equals("roc_auc") && m.isBinary() && m.hasScores() && base.hasScores()) {
            AucComparison d = DeLong.compare(m, base, 0.95);
            if (d.isDefined()) {
                out.add(Evidence.number("delong.p_value", "DeLong p-value, model vs " + best.name(), d.pValue(), "DeLong's test of two "
                        + "correlated ROC AUCs; difference " + Figures.format(d.difference()) + ", 95% interval "
                        + Figures.format(d.low()) + " to " + Figures.format(d.high()), m.size(), "test"));
            }
        }
    }
}
