package dev.greenlight.checklist.metrics;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.config.GreenlightConfig.Goal;
import dev.greenlight.metrics.BoundVerdict;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.MetricIntervals;
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
 * on each, so the spread a production dashboard will show is known before release. Each window's metric comes
 * with its 95% interval ({@link MetricIntervals}), so a hard limit on the primary metric is judged per window as
 * goals are ({@link BoundVerdict}): missed only when the window's interval lies wholly outside it. A spread (best minus worst window, relative to the whole period's value, so
 * that it reads the same for an AUC and an RMSE) above {@code checks.metrics_definition.max_window_spread} (default
 * 0.1) warns. Windows with fewer than
 * {@code min_window_rows} (default 30) labelled rows are shown but not judged.
 */
final class PeriodAnalysis {

    private PeriodAnalysis() {
    }

    /**
     * The primary metric of one window.
     *
     * @param interval its 95% interval (may be undefined)
     */
    record WindowMetric(String label, int rows, double value, ConfidenceInterval interval) {
        /** The window judged against a goal's bound, on its interval when it has one. */
        BoundVerdict against(Goal g) {
            return interval.isDefined() ? BoundVerdict.of(interval, g.min(), g.max())
                    : BoundVerdict.ofPoint(value, g.min(), g.max());
        }
    }

    /**
     * The metric per window of one dataset.
     *
     * @param windows  the judged windows (enough rows, metric defined)
     * @param whole    the whole period's value (may be undefined)
     */
    record Periods(String role, String metric, Window window, List<WindowMetric> windows, MetricValue whole) {
        double min() {
            return windows.stream().mapToDouble(WindowMetric::value).min().orElse(Double.NaN);
        }

        double max() {
            return windows.stream().mapToDouble(WindowMetric::value).max().orElse(Double.NaN);
        }

        /** Best minus worst window, relative to the whole period's value (absolute when that is 0 or unknown). */
        double relativeSpread() {
            double spread = max() - min();
            return whole.isDefined() && whole.value() != 0 ? spread / Math.abs(whole.value()) : spread;
        }
    }

    /** The metric per scoring window of test and validation, with at least two judged windows each. */
    static List<Periods> measure(CheckContext ctx, Measurements b) {
        String window = ctx.config().metrics().scoringWindow();
        String ts = ctx.config().columns().timestamp();
        List<Periods> out = new ArrayList<>();
        if (window == null || window.equals("none") || ts == null) {
            return out;
        }
        Window w = Window.parse(window);
        for (String role : List.of("test", "validation")) {
            ctx.data().dataset(role).ifPresent(d -> {
                Periods p = analyse(ctx, b, w, d);
                if (p != null) {
                    out.add(p);
                }
            });
        }
        return out;
    }

    private static Periods analyse(CheckContext ctx, Measurements b, Window w, PreparedDataset d) {
        String ts = ctx.config().columns().timestamp();
        Column c = d.table().find(ts).orElse(null);
        if (d.outcomes() == null || !(c instanceof NumericColumn time)) {
            b.notRun("the " + d.role() + " metric per " + w + " window (no timestamps in '" + ts + "' or no "
                    + "outcomes)");
            return null;
        }
        double[] at = new double[d.rowsUsed().length];
        for (int i = 0; i < at.length; i++) {
            at[i] = time.get(d.rowsUsed()[i]);
        }
        String metric = ctx.primaryMetric();
        int minRows = ctx.settings().metricsDefinition().minWindowRows();
        EvidenceTable.Builder t = EvidenceTable.builder(metric + " per " + w + " window (" + d.role() + ")",
                "window from", "rows", metric, "95% interval");
        List<WindowMetric> judged = new ArrayList<>();
        for (Window.Span e : w.assign(at)) {
            int n = e.rows().length;
            if (n < minRows) {
                t.row(e.label(), n, "too small to judge", "");
                continue;
            }
            Outcomes part = d.outcomes().select(e.rows());
            MetricValue v = ctx.compute(metric, part);
            if (!v.isDefined()) {
                t.row(e.label(), n, "undefined: " + v.undefinedReason(), "");
                continue;
            }
            ConfidenceInterval ci = MetricIntervals.of(ctx.data().task(), metric, part);
            t.row(e.label(), n, v.value(), ci.isDefined() ? Figures.format(ci.low()) + " – " + Figures.format(
                    ci.high()) : "");
            judged.add(new WindowMetric(e.label(), n, v.value(), ci));
        }
        MetricValue whole = ctx.metric(d.role(), metric);
        b.table(t.note("Windows start at the beginning of the unit holding the earliest timestamp; windows with "
                + "fewer than " + minRows + " labelled rows are not judged. Intervals as for the whole dataset "
                + "(Wilson, DeLong or a seeded bootstrap).").build());
        if (judged.size() < 2) {
            b.finding("Fewer than two " + w + " windows of the " + d.role() + " data have " + minRows + " labelled "
                    + "rows, so the spread between windows is unknown.");
            return null;
        }
        Periods p = new Periods(d.role(), metric, w, judged, whole);
        double[] sorted = judged.stream().mapToDouble(WindowMetric::value).sorted().toArray();
        b.evidence(Evidence.number(spreadId(d.role()), metric + " spread between " + w + " windows (" + d.role()
                        + ")", p.max() - p.min(), "best minus worst of " + sorted.length + " windows; min "
                        + Figures.format(sorted[0]) + ", median " + Figures.format(median(sorted)) + ", max "
                        + Figures.format(sorted[sorted.length - 1]) + (whole.isDefined() ? "; whole period "
                        + Figures.format(whole.value()) : ""), d.outcomes().size(), d.role())
                .withInterval(sorted[0], sorted[sorted.length - 1]));
        b.chart(new Chart.Bars(metric + " per " + w + " window (" + d.role() + ")", metric,
                judged.stream().map(WindowMetric::label).toList(), List.of(new Chart.Series(metric,
                judged.stream().map(WindowMetric::value).toList())), whole.isDefined() ? whole.value() : null,
                "whole period"));
        return p;
    }

    static String spreadId(String role) {
        return "window_spread." + role;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
