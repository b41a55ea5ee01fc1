package dev.greenlight.checklist.baseline;

import dev.greenlight.baseline.Baseline;
import dev.greenlight.baseline.BaselineInput;
import dev.greenlight.baseline.Baselines;
import dev.greenlight.checklist.Check;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckInfo;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.metrics.Bootstrap;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Item 1: does the model beat simple baselines trained on the same training labels, on the primary metric of the
 * test set, by at least the configured margin ({@code checks.baseline.margin}, default 0), and is the difference
 * real? The difference to the strongest baseline gets a paired bootstrap interval (the same resampled rows for both,
 * {@link #RESAMPLES} resamples, seed {@link #SEED}); PASS needs the interval to exclude zero.
 */
public final class BaselineCheck implements Check {
    static final double DEFAULT_MARGIN = 0.0;
    static final int RESAMPLES = 1000;
    static final long SEED = 42;
    static final double LEVEL = 0.95;

    @Override
    public CheckInfo info() {
        return ChecklistItem.BASELINE.info();
    }

    @Override
    public CheckResult run(CheckContext ctx) {
        CheckResult.Builder b = CheckResult.builder(info());
        String metric = ctx.primaryMetric();
        PreparedDataset test = ctx.data().test();
        PreparedDataset train = ctx.data().train();
        MetricValue model = ctx.metric("test", metric);
        if (!model.isDefined()) {
            return b.status(Status.FAIL, "The model's " + metric + " on test is undefined: "
                    + model.undefinedReason()).recommendation("Choose a primary metric that is defined on the test "
                    + "set, or fix the test data.").build();
        }
        if (train.truth() == null) {
            return b.notApplicable("the training data has no target column, so no baseline can be trained").build();
        }
        double margin = ctx.settings().number("baseline", "margin", DEFAULT_MARGIN);
        Direction direction = MetricCatalog.direction(ctx.data().task(), metric);
        b.evidence(Evidence.number("model " + metric + " (test)", model.value(),
                "scikit-learn definition of " + metric, model.n(), "test"));

        List<String> names = new ArrayList<>(List.of("model"));
        List<Double> values = new ArrayList<>(List.of(model.value()));
        String best = null;
        double bestValue = Double.NaN;
        Outcomes bestOutcomes = null;
        BaselineInput input = BaselineInput.of(train.truth(), train.table(), train.rowsUsed(), test.outcomes(),
                test.table(), test.rowsUsed(), ctx.data().features());
        for (Baseline baseline : Baselines.forTask(ctx.data().task())) {
            Outcomes predicted = baseline.predict(input);
            MetricValue v = ctx.compute(metric, predicted);
            if (!v.isDefined()) {
                b.finding("Baseline '" + baseline.name() + "': " + metric + " undefined (" + v.undefinedReason()
                        + ").");
                continue;
            }
            b.evidence(Evidence.number("baseline " + baseline.name() + " " + metric + " (test)", v.value(),
                    baseline.description() + ", trained on " + train.truth().size() + " train rows", v.n(), "test"));
            names.add(baseline.name());
            values.add(v.value());
            if (best == null || direction.better(v.value(), bestValue)) {
                best = baseline.name();
                bestValue = v.value();
                bestOutcomes = predicted;
            }
        }
        b.chart(new Chart.Bars("Model vs baselines: " + metric + " on test", metric, names,
                List.of(new Chart.Series(metric, values)), null, null));
        if (best == null) {
            return b.notApplicable("no baseline could be evaluated with " + metric).build();
        }
        double improvement = direction.improvement(model.value(), bestValue);
        ConfidenceInterval diff = Bootstrap.seeded(SEED).resamples(RESAMPLES).level(LEVEL)
                .difference(metric, test.outcomes(), bestOutcomes).interval();
        Evidence gain = Evidence.number("improvement over the best baseline (" + best + ")", improvement,
                metric + " of the model minus that of the best baseline, signed so that positive is better; "
                        + "interval: " + diff.method(), model.n(), "test");
        boolean real = false;
        if (diff.isDefined()) {
            // the interval is of model - baseline; for a lower-is-better metric the improvement is its negative
            double low = direction == Direction.HIGHER_IS_BETTER ? diff.low() : -diff.high();
            double high = direction == Direction.HIGHER_IS_BETTER ? diff.high() : -diff.low();
            gain = gain.withInterval(low, high);
            real = low > 0;
        } else {
            b.finding("No interval for the difference: " + diff.undefinedReason() + ".");
        }
        b.evidence(gain);
        String compared = "the model's " + metric + " " + Figures.format(model.value()) + " against "
                + Figures.format(bestValue) + " for the best baseline (" + best + ")";
        String interval = diff.isDefined() ? " (" + Figures.format(LEVEL * 100) + "% interval of the improvement "
                + Figures.format(gain.ciLow()) + " to " + Figures.format(gain.ciHigh()) + ")" : "";
        if (improvement > margin && real) {
            b.status(Status.PASS, "The model beats every baseline: " + compared + ", a margin of "
                    + Figures.format(improvement) + interval + (margin > 0 ? "; required: more than "
                    + Figures.format(margin) : "") + ".");
        } else if (improvement > margin) {
            b.status(Status.WARN, "The model is not distinguishable from the " + best + " baseline: " + compared
                    + interval + ", and the interval includes no improvement.");
            b.recommendation("Collect more test rows, or improve the model: on this test set its advantage over "
                    + "the baseline could be chance.");
        } else {
            b.status(Status.FAIL, "The model does not beat the best baseline by the required margin: " + compared
                    + interval + ", required margin " + Figures.format(margin) + ".");
            b.recommendation("A model that a " + best + " baseline matches adds risk without value: revisit the "
                    + "features and the training, or ship the baseline.");
        }
        return b.build();
    }
}
