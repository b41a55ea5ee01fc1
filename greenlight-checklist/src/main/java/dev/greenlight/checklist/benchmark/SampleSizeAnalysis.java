package dev.greenlight.checklist.benchmark;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.SampleSize;
import dev.greenlight.text.Figures;

/**
 * How reliable the primary metric is at the test set's size: its interval width, the labelled rows needed to know it
 * within {@code ± checks.benchmark.estimate_margin} (default 0.02, a share of the metric's value, so it reads the same
 * for an AUC and an RMSE), and the labelled rows a monitoring window needs to detect a drop of
 * {@code checks.benchmark.monitoring_drop} (default 0.05 of the value; one-sided test at 0.05, power 0.8).
 */
final class SampleSizeAnalysis {
    static final double ALPHA = 0.05;
    static final double POWER = 0.8;

    private SampleSizeAnalysis() {
    }

    static void run(CheckContext ctx, Measurements b) {
        String metric = ctx.primaryMetric();
        ConfidenceInterval ci = ctx.interval("test", metric);
        if (!ci.isDefined()) {
            return;
        }
        double scale = Math.abs(ci.value());
        if (scale == 0) {
            return;
        }
        double margin = ctx.settings().benchmark().estimateMargin() * scale;
        double drop = ctx.settings().benchmark().monitoringDrop() * scale;
        b.evidence(Evidence.number("interval_width." + metric, "width of the 95% interval of " + metric + " (test)", ci.width(), ci.method(),
                ci.n(), "test"));
        double forMargin = SampleSize.forMargin(ci, margin);
        double forDrop = SampleSize.toDetectDrop(ci, drop, ALPHA, POWER);
        String scaling = "extrapolated from the interval width on " + ci.n() + " rows (standard error ~ 1/sqrt(n))";
        if (!Double.isNaN(forMargin)) {
            b.evidence(Evidence.number("rows_for_margin." + metric, "labelled rows to know " + metric + " within ± " + Figures.format(margin),
                    forMargin, scaling, ci.n(), "test"));
            if (forMargin > ci.n()) {
                b.finding("The test set's " + ci.n() + " rows pin " + metric + " down to ± " + Figures.format(
                        ci.width() / 2) + "; knowing it within ± " + Figures.format(margin) + " needs about "
                        + Figures.format(forMargin) + " labelled rows.");
            }
        }
        if (!Double.isNaN(forDrop)) {
            boolean higherIsBetter = MetricCatalog.direction(ctx.data().task(), metric) == Direction.HIGHER_IS_BETTER;
            b.evidence(Evidence.number("rows_per_window_for_drop." + metric, "labelled rows per monitoring window to detect a " + (higherIsBetter
                    ? "drop" : "rise") + " of " + Figures.format(drop) + " in " + metric, forDrop, scaling + "; one-sided test at "
                    + Figures.format(ALPHA) + " with power " + Figures.format(POWER), ci.n(), "test"));
        }
    }
}
