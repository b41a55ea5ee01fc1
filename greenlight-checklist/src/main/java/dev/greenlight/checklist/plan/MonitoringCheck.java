package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.ChecklistItem;

import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.monitor.Action;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.Period;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;

import java.time.Instant;
import java.util.List;

/**
 * Item 8: will changes be noticed? The plan's answers, with the reference figures monitoring starts from: the
 * test metric alerts compare against, and whether the data has the timestamps that per-period monitoring needs.
 * When the configuration names production data, the monitoring analysis runs on it with the test set as the
 * reference ({@link ProductionMonitoring}); its recommendation other than {@code none} makes the item WARN, and an
 * analysis that could not run makes it WARN too, never PASS.
 */
public final class MonitoringCheck extends PlanCheck {

    public MonitoringCheck() {
        super(ChecklistItem.MONITORING);
    }

    @Override
    List<ConditionResult> measureData(CheckContext ctx, Measurements b) {
        String primary = ctx.primaryMetric();
        MetricValue v = ctx.metric("test", primary);
        if (v.isDefined()) {
            b.evidence(Evidence.number(Evidence.id("reference", primary, "test"), "reference " + primary
                    + " for alerts (test)", v.value(),
                    "primary metric on the test set", v.n(), "test"));
        }
        b.evidence(Evidence.number("features_to_watch", "features to watch for drift", ctx.data().features().size(),
                "features in the training data", ctx.data().train().rows(), "train"));
        String ts = ctx.config().columns().timestamp();
        if (ts == null) {
            b.finding("No timestamp column is declared (columns.timestamp), so Greenlight cannot rehearse "
                    + "per-period monitoring or find abrupt changes over time in this data.");
        } else {
            ctx.data().test().table().find(ts).ifPresent(c -> addSpan(b, c));
        }
        return ProductionMonitoring.run(ctx).map(o -> judge(o, b)).stream().toList();
    }

    private static ConditionResult judge(ProductionMonitoring.Outcome o, Measurements b) {
        if (o.result() == null) {
            b.notRun("the monitoring analysis of the production data (test set as reference): "
                    + o.notRunBecause());
            return null;
        }
        MonitorResult r = o.result();
        EvidenceTable.Builder t = EvidenceTable.builder("Monitoring rehearsal: production against the test set",
                "chunk", "rows", "labelled", "realized", "estimated", "drift alerts");
        String metric = r.metrics().isEmpty() ? null : r.metrics().get(0);
        for (ChunkResult c : r.chunks(Period.ANALYSIS)) {
            ChunkResult.Realized real = metric == null ? null : c.realized().get(metric);
            ChunkResult.Estimated est = metric == null ? null : c.estimated().get(metric);
            t.row(c.index() + (c.start() == null ? "" : " (" + c.start() + ")"), c.rows(), c.labelledRows(),
                    real == null ? "" : (Object) real.value(), est == null ? "" : (Object) est.value(),
                    c.drift().values().stream().filter(ChunkResult.Drift::alert).count());
        }
        b.table(t.note((metric == null ? "" : metric + "; ") + r.chunking() + "; estimator " + r.estimator()
                + "; thresholds from the test set's chunks (greenlight monitor, docs/monitoring.md)").build());
        b.evidence(Evidence.text("monitoring.recommendation", "monitoring recommendation",
                r.recommendation().action().key(),
                String.join("; ", r.recommendation().reasons())));
        b.evidence(Evidence.number("monitoring.alerts", "monitoring alerts", r.alerts().size(), "figures outside the reference band, "
                + "label problems and performance changes", r.chunks(Period.ANALYSIS).stream()
                .mapToInt(ChunkResult::rows).sum(), "production"));
        r.notes().forEach(b::finding);
        if (r.recommendation().action() == Action.NONE) {
            return ConditionResult.pass("no-action-recommended", "the monitoring analysis recommends no action");
        }
        b.recommend("Run 'greenlight monitor' on the configuration and read monitor.html (and 'greenlight "
                + "diagnose' for why): the production data raises " + r.alerts().size() + " alerts.");
        return ConditionResult.warn("no-action-recommended", "the monitoring analysis of the production data "
                + "recommends '" + r.recommendation().action().key() + "'");
    }

    private static void addSpan(Measurements b, Column c) {
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
        b.evidence(Evidence.text("test_period", "test period", Instant.ofEpochSecond((long) min) + " to "
                + Instant.ofEpochSecond((long) max), "range of " + c.name()));
    }
}
