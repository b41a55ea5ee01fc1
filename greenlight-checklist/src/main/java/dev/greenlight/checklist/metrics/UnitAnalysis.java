package dev.greenlight.checklist.metrics;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.UnitAggregation;
import dev.greenlight.table.Column;

/**
 * The metrics per evaluation unit ({@code metrics.aggregate_by}): when rows are scored one by one (the segments of
 * a video) but the product is judged per unit (the video), the test metrics are computed both ways. A primary metric
 * that differs per unit by more than {@code checks.metrics_definition.max_unit_gap} (default 0.05) from the per-row
 * value warns: the per-row figure is not the one production will see.
 */
final class UnitAnalysis {

    private UnitAnalysis() {
    }

    /** The primary metric per row and per unit on test. */
    record UnitGap(String metric, String by, MetricValue perRow, MetricValue perUnit) {
        double gap() {
            return Math.abs(perUnit.value() - perRow.value());
        }
    }

    static final String ID = "metric_per_unit";

    /** Records the metrics per unit; returns the primary metric both ways, or null when there is no unit. */
    static UnitGap measure(CheckContext ctx, Measurements b) {
        String by = ctx.config().metrics().aggregateBy();
        PreparedDataset test = ctx.data().test();
        if (by == null || test.outcomes() == null) {
            return null;
        }
        Column unit = test.table().column(by);
        String[] keys = new String[test.rowsUsed().length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = unit.format(test.rowsUsed()[i]);
        }
        UnitAggregation.Rule rule = UnitAggregation.Rule.fromKey(ctx.config().metrics().aggregateRule());
        Outcomes units = UnitAggregation.aggregate(test.outcomes(), keys, rule);
        EvidenceTable.Builder t = EvidenceTable.builder("Test metrics per row and per " + by + " (rule: "
                + rule.name().toLowerCase(java.util.Locale.ROOT) + ")", "metric", "per row (n=" + test.outcomes().size()
                + ")", "per " + by + " (n=" + units.size() + ")");
        for (String metric : ctx.metrics("test").keySet()) {
            MetricValue row = ctx.metric("test", metric);
            MetricValue per = ctx.compute(metric, units);
            t.row(metric, row.isDefined() ? (Object) row.value() : "undefined", per.isDefined() ? (Object) per.value()
                    : "undefined");
        }
        b.table(t.note("A unit is positive when any of its rows is; its score and prediction follow the rule.")
                .build());
        String primary = ctx.primaryMetric();
        MetricValue row = ctx.metric("test", primary);
        MetricValue per = ctx.compute(primary, units);
        if (!row.isDefined() || !per.isDefined()) {
            return null;
        }
        b.evidence(Evidence.number(ID, primary + " per " + by + " (test)", per.value(), "metric on " + units.size()
                + " units, rows combined by '" + ctx.config().metrics().aggregateRule() + "'", units.size(), "test"));
        return new UnitGap(primary, by, row, per);
    }
}
