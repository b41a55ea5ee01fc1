package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.CohenKappa;
import dev.greenlight.metrics.KappaWeighting;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A proxy label beside the true one ({@code labels.proxy}): how often it agrees with the target, and the primary
 * metric of the model measured against the proxy and against the target on the same rows. The gap says how far a
 * dashboard that can only see the proxy in production would misstate the model's performance.
 */
final class ProxyAnalysis {
    private ProxyAnalysis() {
    }

    static void add(CheckContext ctx, PreparedDataset d, String proxyName, Measurements b) {
        Column proxy = d.table().column(proxyName);
        Outcomes outcomes = d.outcomes();
        if (outcomes == null) {
            b.finding("The " + d.role() + " data has no labelled predictions, so the proxy '" + proxyName
                    + "' cannot be compared with the target.");
            return;
        }
        int[] rows = d.rowsUsed();
        List<Integer> kept = new ArrayList<>();
        Outcomes onProxy;
        String agreement;
        if (outcomes instanceof ClassificationOutcomes c) {
            List<Integer> proxyClass = new ArrayList<>();
            long unknown = 0;
            for (int i = 0; i < c.size(); i++) {
                String v = proxy.format(rows[i]);
                int k = v == null ? -1 : c.labels().indexOf(v);
                if (v != null && k < 0) {
                    unknown++;
                }
                if (k >= 0) {
                    kept.add(i);
                    proxyClass.add(k);
                }
            }
            if (unknown > 0) {
                b.finding(unknown + " rows of " + d.file().fileName() + " have a proxy value in '" + proxyName
                        + "' that is not one of the target's labels " + c.labels() + "; they are left out.");
            }
            int[] sel = kept.stream().mapToInt(Integer::intValue).toArray();
            if (sel.length == 0) {
                b.finding("No row has both the proxy '" + proxyName + "' and the target.");
                return;
            }
            ClassificationOutcomes truth = c.select(sel);
            int[] p = proxyClass.stream().mapToInt(Integer::intValue).toArray();
            onProxy = new ClassificationOutcomes(truth.labels(), p, truth.yPred(), truth.positiveScores(),
                    truth.probabilities(), truth.positive(), truth.weights());
            long same = 0;
            for (int i = 0; i < p.length; i++) {
                same += p[i] == truth.yTrue()[i] ? 1 : 0;
            }
            b.evidence(Evidence.number("proxy.agreement", "proxy '" + proxyName + "' agrees with the target", (double) same / p.length,
                    "share of rows where the proxy's label is the target's", p.length, d.role()));
            MetricValue kappa = CohenKappa.of(truth.yTrue(), p, truth.labels(), null, KappaWeighting.NONE);
            if (kappa.isDefined()) {
                b.evidence(Evidence.number("proxy.cohen_kappa", "proxy '" + proxyName + "' vs target: Cohen's kappa", kappa.value(),
                        "scikit-learn cohen_kappa_score(target, proxy)", p.length, d.role()));
            }
            agreement = compare(ctx, truth, onProxy, proxyName, d, b);
        } else {
            RegressionOutcomes r = (RegressionOutcomes) outcomes;
            if (!(proxy instanceof NumericColumn n)) {
                b.finding("The proxy '" + proxyName + "' is not numeric, but the target of a regression is.");
                return;
            }
            for (int i = 0; i < r.size(); i++) {
                if (!Double.isNaN(n.get(rows[i]))) {
                    kept.add(i);
                }
            }
            int[] sel = kept.stream().mapToInt(Integer::intValue).toArray();
            if (sel.length == 0) {
                b.finding("No row has both the proxy '" + proxyName + "' and the target.");
                return;
            }
            RegressionOutcomes truth = r.select(sel);
            double[] p = Arrays.stream(sel).mapToDouble(i -> n.get(rows[i])).toArray();
            onProxy = new RegressionOutcomes(p, truth.yPred(), truth.weights());
            agreement = compare(ctx, truth, onProxy, proxyName, d, b);
        }
        if (agreement != null) {
            b.finding(agreement);
        }
    }

    /** Adds the metric on both; returns a finding on the gap, or null. */
    private static String compare(CheckContext ctx, Outcomes truth, Outcomes onProxy, String proxyName,
                                  PreparedDataset d, Measurements b) {
        String metric = ctx.primaryMetric();
        MetricValue t = ctx.compute(metric, truth);
        MetricValue p = ctx.compute(metric, onProxy);
        if (!t.isDefined() || !p.isDefined()) {
            return "The primary metric " + metric + " cannot be compared on the proxy '" + proxyName + "': "
                    + (t.isDefined() ? p.undefinedReason() : t.undefinedReason()) + ".";
        }
        b.evidence(Evidence.number(Evidence.id("proxy", metric, "target"), metric + " against the target (rows with a proxy)", t.value(), "scikit-learn "
                + "definition", t.n(), d.role()));
        b.evidence(Evidence.number(Evidence.id("proxy", metric, "proxy"), metric + " against the proxy '" + proxyName + "'", p.value(), "the same metric "
                + "with the proxy as the truth, same rows", p.n(), d.role()));
        b.evidence(Evidence.number("proxy.metric_gap", "metric gap: proxy minus target", p.value() - t.value(), metric + " on the proxy "
                + "minus " + metric + " on the target", t.n(), d.role()));
        return "Measured against the proxy '" + proxyName + "', the model's " + metric + " would read "
                + Figures.format(p.value()) + " instead of " + Figures.format(t.value()) + " (a gap of "
                + Figures.format(p.value() - t.value()) + "); production dashboards that see only the proxy should "
                + "be read with that offset.";
    }
}
