package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;

import java.time.Instant;

/**
 * Item 8: will changes be noticed? The plan's answers, with the reference figures monitoring starts from: the
 * test metric alerts compare against, and whether the data has the timestamps that per-period monitoring needs.
 */
public final class MonitoringCheck extends PlanCheck {

    public MonitoringCheck() {
        super(ChecklistItem.MONITORING);
    }

    @Override
    DataVerdict addDataEvidence(CheckContext ctx, CheckResult.Builder b) {
        String primary = ctx.primaryMetric();
        MetricValue v = ctx.metric("test", primary);
        if (v.isDefined()) {
            b.evidence(Evidence.number("reference " + primary + " for alerts (test)", v.value(),
                    "primary metric on the test set", v.n(), "test"));
        }
        b.evidence(Evidence.number("features to watch for drift", ctx.data().features().size(),
                "features in the training data", ctx.data().train().rows(), "train"));
        String ts = ctx.config().columns().timestamp();
        if (ts == null) {
            b.finding("No timestamp column is declared (columns.timestamp), so Greenlight cannot rehearse "
                    + "per-period monitoring or find abrupt changes over time in this data.");
        } else {
            ctx.data().test().table().find(ts).ifPresent(c -> addSpan(b, c));
        }
        return DataVerdict.PASS;
    }

    private static void addSpan(CheckResult.Builder b, Column c) {
        if (!(c instanceof NumericColumn n) || n.presentValues().length == 0) {
            b.finding("The timestamp column '" + c.name() + "' does not hold dates in the test data.");
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : n.presentValues()) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        b.evidence(Evidence.text("test period", Instant.ofEpochSecond((long) min) + " to "
                + Instant.ofEpochSecond((long) max), "range of " + c.name()));
    }
}
