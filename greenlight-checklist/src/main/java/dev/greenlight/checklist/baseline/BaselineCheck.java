package dev.greenlight.checklist.baseline;

import dev.greenlight.baseline.Baseline;
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
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Item 1: does the model beat simple baselines trained on the same training labels, on the primary metric of the
 * test set, by at least the configured margin ({@code checks.baseline.margin}, default 0)?
 */
public final class BaselineCheck implements Check {
    static final double DEFAULT_MARGIN = 0.0;

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
        for (Baseline baseline : Baselines.forTask(ctx.data().task())) {
            MetricValue v = ctx.compute(metric, baseline.predict(train.truth(), test.outcomes()));
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
            }
        }
        b.chart(new Chart.Bars("Model vs baselines: " + metric + " on test", metric, names,
                List.of(new Chart.Series(metric, values)), null, null));
        if (best == null) {
            return b.notApplicable("no baseline could be evaluated with " + metric).build();
        }
        double improvement = direction.improvement(model.value(), bestValue);
        b.evidence(Evidence.number("improvement over the best baseline (" + best + ")", improvement,
                metric + " of the model minus that of the best baseline, signed so that positive is better",
                model.n(), "test"));
        String compared = "the model's " + metric + " " + Figures.format(model.value()) + " against "
                + Figures.format(bestValue) + " for the best baseline (" + best + ")";
        if (improvement > margin) {
            b.status(Status.PASS, "The model beats every baseline: " + compared + ", a margin of "
                    + Figures.format(improvement) + (margin > 0 ? " (required: more than " + Figures.format(margin)
                    + ")" : "") + ".");
        } else {
            b.status(Status.FAIL, "The model does not beat the best baseline by the required margin: " + compared
                    + " (required margin " + Figures.format(margin) + ").");
            b.recommendation("A model that a " + best + " baseline matches adds risk without value: revisit the "
                    + "features and the training, or ship the baseline.");
        }
        b.finding("Only the sizes of the differences are compared here; whether they exceed sampling noise needs "
                + "confidence intervals on the test set (a paired bootstrap or DeLong's test).");
        return b.build();
    }
}
