package dev.greenlight.checklist.metrics;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.PriorShift;
import dev.greenlight.text.Figures;

import java.util.Map;

/**
 * Metrics on production's class mix ({@code metrics.production_priors}): when train or test was over- or
 * under-sampled, the test metrics are also computed with each row reweighted to the declared production share of its
 * class ({@link PriorShift}), threshold-dependent metrics marked. A test class share that differs from the declared
 * production share by more than {@link #SHARE_TOLERANCE} and more than sampling noise (|z| > 3) warns: the test
 * metrics as computed describe a different population.
 */
final class SamplingAnalysis {
    static final double SHARE_TOLERANCE = 0.02;
    static final double Z_LIMIT = 3;

    private SamplingAnalysis() {
    }

    /**
     * Records the test metrics reweighted to production's class mix; returns how the test class balance differs
     * from production's beyond the tolerance and chance ("class 1 is 50% of test but 5% of production"), or null.
     */
    static String measure(CheckContext ctx, Measurements b) {
        Map<String, Double> priors = ctx.config().metrics().productionPriors();
        PreparedDataset test = ctx.data().test();
        if (priors.isEmpty()) {
            String sampling = ctx.config().metrics().sampling();
            if (sampling != null && !sampling.equalsIgnoreCase("none") && ctx.data().task().isClassification()) {
                b.finding("The data was resampled (" + sampling + "); declare metrics.production_priors to see the "
                        + "test metrics on production's class mix.");
            }
            return null;
        }
        if (!(test.outcomes() instanceof ClassificationOutcomes o)) {
            return null;
        }
        double[] shares = PriorShift.shares(o);
        StringBuilder differ = new StringBuilder();
        for (int k = 0; k < o.classCount(); k++) {
            Double prior = priors.get(o.labels().get(k));
            if (prior == null) {
                continue;
            }
            double z = (shares[k] - prior) / Math.sqrt(prior * (1 - prior) / o.size());
            if (Math.abs(shares[k] - prior) > SHARE_TOLERANCE && Math.abs(z) > Z_LIMIT) {
                differ.append(differ.length() > 0 ? ", " : "").append("class ").append(o.labels().get(k))
                        .append(" is ").append(Figures.percent(shares[k])).append(" of test but ")
                        .append(Figures.percent(prior)).append(" of production");
            }
        }
        ClassificationOutcomes reweighted = PriorShift.reweight(o, priors);
        EvidenceTable.Builder t = EvidenceTable.builder("Test metrics on production's class mix", "metric",
                "as sampled", "reweighted to production", "depends on the threshold");
        for (String metric : ctx.metrics("test").keySet()) {
            MetricValue as = ctx.metric("test", metric);
            MetricValue re = ctx.compute(metric, reweighted);
            t.row(metric, as.isDefined() ? (Object) as.value() : "undefined", re.isDefined() ? (Object) re.value()
                    : "undefined", PriorShift.isThresholdDependent(metric) ? "yes: threshold set on resampled data"
                    : "no");
        }
        b.table(t.note("Rows weighted by production share / test share of their class (label-shift importance "
                + "weights); ROC AUC does not change under such weights.").build());
        return differ.length() > 0 ? differ.toString() : null;
    }
}
