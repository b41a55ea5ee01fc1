package dev.greenlight.checklist.metrics;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.Judgement;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.config.GreenlightConfig.Goal;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.text.Figures;
import dev.greenlight.time.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * The primary metric per scoring window: when the team declares that production measures the metric over, say, 30
 * days, the test (and validation) rows are cut into 30-day windows by the timestamp column and the metric is computed
 * on each, so the spread a production dashboard will show is known before release. A window below a hard limit on
 * the primary metric fails the item; a spread (best minus worst window, relative to the whole period's value, so
 * that it reads the same for an AUC and an RMSE) above {@code checks.metrics_definition.max_window_spread} (default
 * 0.1) warns. Windows with fewer than
 * {@code min_window_rows} (default 30) labelled rows are shown but not judged.
 */
final class PeriodAnalysis {

    private PeriodAnalysis() {
    }

    static void run(CheckContext ctx, CheckResult.Builder b, Judgement j) {
        String window = ctx.config().metrics().scoringWindow();
        String ts = ctx.config().columns().timestamp();
        if (window == null || window.equals("none") || ts == null) {
            return;
        }
        Window w = Window.parse(window);
        for (String role : List.of("test", "validation")) {
            ctx.data().dataset(role).ifPresent(d -> analyse(ctx, b, j, w, d));
        }
    }

    private static void analyse(CheckContext ctx, CheckResult.Builder b, Judgement j, Window w,
                                PreparedDataset d) {
        String ts = ctx.config().columns().timestamp();
        Column c = d.table().find(ts).orElse(null);
        if (d.outcomes() == null || !(c instanceof NumericColumn time)) {
            b.finding("The " + d.role() + " data has no timestamps in '" + ts + "', so its metric cannot be computed "
                    + "per " + w + " window.");
            return;
        }
        double[] at = new double[d.rowsUsed().length];
        for (int i = 0; i < at.length; i++) {
            at[i] = time.get(d.rowsUsed()[i]);
        }
        String metric = ctx.primaryMetric();
        int minRows = ctx.options().metricsDefinition().minWindowRows();
        double maxSpread = ctx.options().metricsDefinition().maxWindowSpread();
        EvidenceTable.Builder t = EvidenceTable.builder(metric + " per " + w + " window (" + d.role() + ")",
                "window from", "rows", metric);
        List<String> judged = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Window.Span e : w.assign(at)) {
            int n = e.rows().length;
            if (n < minRows) {
                t.row(e.label(), n, "too small to judge");
                continue;
            }
            Outcomes part = d.outcomes().select(e.rows());
            MetricValue v = ctx.compute(metric, part);
            t.row(e.label(), n, v.isDefined() ? (Object) v.value() : "undefined: " + v.undefinedReason());
            if (v.isDefined()) {
                judged.add(e.label());
                values.add(v.value());
            }
        }
        MetricValue whole = ctx.metric(d.role(), metric);
        b.table(t.note("Windows start at the beginning of the unit holding the earliest timestamp; windows with "
                + "fewer than " + minRows + " labelled rows are not judged.").build());
        if (values.size() < 2) {
            b.finding("Fewer than two " + w + " windows of the " + d.role() + " data have " + minRows + " labelled "
                    + "rows, so the spread between windows is unknown.");
            return;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double spread = sorted[sorted.length - 1] - sorted[0];
        double median = median(sorted);
        b.evidence(Evidence.number(metric + " spread between " + w + " windows (" + d.role() + ")", spread,
                "best minus worst of " + sorted.length + " windows; min " + Figures.format(sorted[0]) + ", median "
                        + Figures.format(median) + ", max " + Figures.format(sorted[sorted.length - 1])
                        + (whole.isDefined() ? "; whole period " + Figures.format(whole.value()) : ""),
                d.outcomes().size(), d.role()).withInterval(sorted[0], sorted[sorted.length - 1]));
        b.chart(new Chart.Bars(metric + " per " + w + " window (" + d.role() + ")", metric, judged,
                List.of(new Chart.Series(metric, values)), whole.isDefined() ? whole.value() : null,
                "whole period"));
        for (Goal g : ctx.config().goals()) {
            if (!g.metric().equals(metric) || !g.hard()) {
                continue;
            }
            List<String> below = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (!g.isMetBy(values.get(i))) {
                    below.add(judged.get(i) + " (" + Figures.format(values.get(i)) + ")");
                }
            }
            if (!below.isEmpty()) {
                j.raise(Status.FAIL, below.size() + " of " + values.size() + " " + w + " windows of the " + d.role()
                        + " data miss the hard limit " + metric + " " + g.bound() + ": " + String.join(", ",
                        below.subList(0, Math.min(5, below.size()))) + (whole.isDefined() ? ", although the whole "
                        + "period's " + metric + " is " + Figures.format(whole.value()) : ""));
            }
        }
        double relative = whole.isDefined() && whole.value() != 0 ? spread / Math.abs(whole.value()) : spread;
        if (relative > maxSpread) {
            j.raise(Status.WARN, metric + " varies between " + w + " windows of the " + d.role() + " data from "
                    + Figures.format(sorted[0]) + " to " + Figures.format(sorted[sorted.length - 1])
                    + (whole.isDefined() ? " around " + Figures.format(whole.value()) + " for the whole period" : "")
                    + ", a spread of " + Figures.percent(relative) + " (limit " + Figures.percent(maxSpread)
                    + "): a production dashboard will show swings of that size");
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
