package dev.greenlight.checklist.fairness;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.Threshold;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.fairness.Disparities;
import dev.greenlight.fairness.FairnessAssessment;
import dev.greenlight.fairness.GroupRates;
import dev.greenlight.fairness.Rate;
import dev.greenlight.fairness.RateHomogeneity;
import dev.greenlight.stats.AndersonDarling;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.slices.SliceLabels;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fairness across the groups of each declared sensitive attribute, and of their intersection when there are
 * several, on the test rows (numbers in quartile bins). Binary classification: selection rate, true and false
 * positive rates, precision and accuracy per group with Wilson intervals, and Fairlearn's disparities
 * ({@link Disparities}) judged against the limits in {@code checks.responsible_ai}; regression: mean error and MAE
 * per group and the MAE gap relative to the overall MAE. Groups smaller than {@code min_group_size} (default 30) are
 * shown but left out of the disparities. A missed limit warns, or fails with {@code checks.responsible_ai.hard}.
 */
public final class FairnessAnalysis {
    static final int BINS = 4;
    /** Level under which a disparity beyond its limit counts as more than chance. */
    static final double ALPHA = 0.05;
    static final String CONDITION = "fairness-limits";
    static final String LIMIT_SOURCE = "checks.responsible_ai";

    private FairnessAnalysis() {
    }

    /** Records fairness figures per sensitive attribute; returns each disparity judged against its limit. */
    public static List<ConditionResult> measure(CheckContext ctx, Measurements b) {
        List<ConditionResult> j = new ArrayList<>();
        List<String> attributes = ctx.config().sensitive();
        PreparedDataset test = ctx.data().test();
        if (attributes.isEmpty() || test.outcomes() == null) {
            return j;
        }
        List<String[]> labels = new ArrayList<>();
        for (String a : attributes) {
            labels.add(SliceLabels.of(test.table().column(a), test.rowsUsed(), BINS));
        }
        for (int i = 0; i < attributes.size(); i++) {
            assess(ctx, b, j, attributes.get(i), SliceLabels.groups(labels.get(i)), test.outcomes());
        }
        if (attributes.size() > 1) {
            assess(ctx, b, j, String.join(" × ", attributes), FairnessAssessment.intersect(attributes, labels),
                    test.outcomes());
        }
        return j;
    }

    private static void assess(CheckContext ctx, Measurements b, List<ConditionResult> j, String attribute,
                               Map<String, int[]> groups, Outcomes outcomes) {
        int minSize = ctx.settings().responsibleAi().minGroupSize();
        Map<String, int[]> judged = new LinkedHashMap<>();
        List<String> small = new ArrayList<>();
        groups.forEach((g, rows) -> {
            if (rows.length >= minSize) {
                judged.put(g, rows);
            } else {
                small.add(g + " (" + rows.length + " rows)");
            }
        });
        if (!small.isEmpty()) {
            b.finding("Groups of " + attribute + " too small to judge (under " + minSize + " rows): "
                    + String.join(", ", small) + ".");
        }
        if (judged.size() < 2) {
            b.finding("Fewer than two groups of " + attribute + " have " + minSize + " rows: fairness across them "
                    + "cannot be judged on this test set.");
            return;
        }
        if (outcomes instanceof ClassificationOutcomes c && c.isBinary() && c.predictions() != null) {
            binary(ctx, b, j, attribute, FairnessAssessment.of(attribute, c, judged), c.size());
        } else if (outcomes instanceof RegressionOutcomes r) {
            regression(ctx, b, j, attribute, FairnessAssessment.of(attribute, r, judged), r, judged);
        } else {
            multiclass(ctx, b, attribute, judged, outcomes);
        }
    }

    private static void binary(CheckContext ctx, Measurements b, List<ConditionResult> j, String attribute,
                               FairnessAssessment f, int n) {
        EvidenceTable.Builder t = EvidenceTable.builder("Fairness by " + attribute + " (test)", "group", "rows",
                "selection rate", "true positive rate", "false positive rate", "precision", "accuracy");
        List<String> groups = new ArrayList<>();
        List<Double> selection = new ArrayList<>();
        List<Double> tpr = new ArrayList<>();
        for (GroupRates g : f.rates()) {
            t.row(g.group(), g.n(), cell(g.selectionRate()), cell(g.truePositiveRate()), cell(g.falsePositiveRate()),
                    cell(g.precision()), cell(g.accuracy()));
            groups.add(g.group());
            selection.add(orZero(g.selectionRate()));
            tpr.add(orZero(g.truePositiveRate()));
        }
        b.table(t.note("Rates with 95% Wilson intervals; selection rate = share predicted positive (Fairlearn "
                + "definitions).").build());
        b.chart(new Chart.Bars("Selection and true positive rates by " + attribute, "rate", groups,
                List.of(new Chart.Series("selection rate", selection), new Chart.Series("true positive rate", tpr)),
                null, null));
        Disparities d = f.disparities();
        String method = "Fairlearn, between groups, over " + f.rates().size() + " groups of " + attribute;
        boolean hard = isHard(ctx);
        double pSelection = RateHomogeneity.pValue(f.rates().stream().map(GroupRates::selectionRate).toList());
        double pTpr = RateHomogeneity.pValue(f.rates().stream().map(GroupRates::truePositiveRate).toList());
        double pFpr = RateHomogeneity.pValue(f.rates().stream().map(GroupRates::falsePositiveRate).toList());
        double pOdds = Math.min(1, 2 * Math.min(pTpr, pFpr));
        limit(b, j, hard, Evidence.id("demographic_parity_difference", attribute), "demographic parity difference by " + attribute, d.demographicParityDifference(),
                "max - min selection rate; " + method, n,
                ctx.settings().responsibleAi().maxDemographicParityDifference(), true,
                pSelection);
        limit(b, j, hard, Evidence.id("disparate_impact_ratio", attribute), "disparate impact ratio by " + attribute, d.disparateImpactRatio(),
                "min / max selection rate (four-fifths rule); " + method, n,
                ctx.settings().responsibleAi().minDisparateImpactRatio(), false,
                pSelection);
        limit(b, j, hard, Evidence.id("equalized_odds_difference", attribute), "equalized odds difference by " + attribute, d.equalizedOddsDifference(),
                "larger of the true and false positive rate differences; " + method, n,
                ctx.settings().responsibleAi().maxEqualizedOddsDifference(), true,
                pOdds);
        limit(b, j, hard, Evidence.id("equal_opportunity_difference", attribute), "equal opportunity difference by " + attribute, d.equalOpportunityDifference(),
                "max - min true positive rate; " + method, n,
                ctx.settings().responsibleAi().maxEqualOpportunityDifference(),
                true, pTpr);
    }

    private static void regression(CheckContext ctx, Measurements b, List<ConditionResult> j, String attribute,
                                   FairnessAssessment f, RegressionOutcomes all, Map<String, int[]> judged) {
        EvidenceTable.Builder t = EvidenceTable.builder("Errors by " + attribute + " (test)", "group", "rows",
                "mean error (predicted - true)", "MAE");
        List<String> groups = new ArrayList<>();
        List<Double> mae = new ArrayList<>();
        for (FairnessAssessment.GroupErrors e : f.errors()) {
            t.row(e.group(), e.n(), e.meanError(), e.mae());
            groups.add(e.group());
            mae.add(e.mae());
        }
        b.table(t.build());
        b.chart(new Chart.Bars("Mean absolute error by " + attribute, "MAE", groups,
                List.of(new Chart.Series("MAE", mae)), null, null));
        MetricValue overall = ctx.compute("mae", all);
        if (overall.isDefined() && overall.value() > 0) {
            limit(b, j, isHard(ctx), Evidence.id("mae_gap", attribute), "MAE gap between groups of " + attribute + " (relative to the overall MAE)",
                    f.maeGap() / overall.value(), "(max - min group MAE) / overall MAE over " + f.errors().size()
                            + " groups", all.size(),
                    ctx.settings().responsibleAi().maxMaeGap(), true,
                    absoluteErrorsDiffer(all, judged));
        }
    }

    private static void multiclass(CheckContext ctx, Measurements b, String attribute,
                                   Map<String, int[]> groups, Outcomes outcomes) {
        String primary = ctx.primaryMetric();
        EvidenceTable.Builder t = EvidenceTable.builder("Test " + primary + " by " + attribute, "group", "rows",
                primary);
        groups.forEach((g, rows) -> {
            MetricValue v = ctx.compute(primary, outcomes.select(rows));
            t.row(g, rows.length, v.isDefined() ? (Object) v.value() : "undefined: " + v.undefinedReason());
        });
        b.table(t.note("Multiclass: the primary metric per group (per-class rates are not compared yet).").build());
    }

    /**
     * Judges a disparity against its limit. Beyond the limit and significant (p below {@link #ALPHA}: the groups'
     * rates differ by more than chance) warns, or fails when hard; beyond the limit but within sampling noise is a
     * finding that asks for more data, since on a small test set a disparity of that size can be chance.
     */
    private static void limit(Measurements b, List<ConditionResult> j, boolean hard, String id, String name,
                              double value, String method, long n, double bound, boolean isMaximum, double pValue) {
        if (Double.isNaN(value)) {
            b.finding(name + " is undefined (a rate is undefined in all but one group).");
            return;
        }
        String limit = (isMaximum ? "<= " : ">= ") + Figures.format(bound);
        b.evidence(Evidence.number(id, name, value, method + "; limit " + limit + "; p = " + Figures.format(pValue)
                + " that the groups' rates are equal (chi-square)", n, "test"));
        boolean missed = isMaximum ? value > bound : value < bound;
        Threshold t = isMaximum ? Threshold.atMost(bound, LIMIT_SOURCE) : Threshold.atLeast(bound, LIMIT_SOURCE);
        if (!missed) {
            j.add(ConditionResult.pass(CONDITION, name + " is within its limit").on(id, t));
            return;
        }
        if (pValue < ALPHA) {
            j.add(new ConditionResult(CONDITION, hard ? Status.FAIL : Status.WARN, name + " is "
                    + Figures.format(value) + ", beyond the limit " + limit + " (p = " + Figures.format(pValue) + ")",
                    id, t));
        } else {
            j.add(ConditionResult.pass(CONDITION, name + " is beyond its limit but within chance").on(id, t));
            b.finding(name + " is " + Figures.format(value) + ", beyond the limit " + limit + ", but within what "
                    + "chance gives on this test set (p = " + Figures.format(pValue) + "); more labelled rows per "
                    + "group are needed to tell.");
        }
    }

    /**
     * The p-value that every group's absolute errors come from one distribution: the k-sample Anderson-Darling test
     * (scipy's {@code anderson_ksamp}; its p-value is capped to [0.001, 0.25]).
     */
    private static double absoluteErrorsDiffer(RegressionOutcomes all, Map<String, int[]> groups) {
        double[][] samples = new double[groups.size()][];
        int g = 0;
        for (int[] rows : groups.values()) {
            double[] e = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                e[i] = Math.abs(all.yPred()[rows[i]] - all.yTrue()[rows[i]]);
            }
            samples[g++] = e;
        }
        return AndersonDarling.kSample(samples).pValue();
    }

    private static boolean isHard(CheckContext ctx) {
        return ctx.settings().responsibleAi().hard();
    }

    private static String cell(Rate r) {
        if (!r.isDefined()) {
            return "undefined";
        }
        return Figures.format(r.value()) + (r.hasInterval() ? " (" + Figures.format(r.low()) + "–"
                + Figures.format(r.high()) + ")" : "");
    }

    private static double orZero(Rate r) {
        return r.isDefined() ? r.value() : 0;
    }
}
