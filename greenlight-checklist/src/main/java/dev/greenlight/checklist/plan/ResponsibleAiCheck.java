package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.fairness.SensitiveAttributes;
import dev.greenlight.slices.SliceLabels;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Item 9: fairness and the other Responsible AI principles. The plan's answers, with the test metrics of each
 * group of each declared sensitive attribute, and a warning for columns that look sensitive but are not declared.
 */
public final class ResponsibleAiCheck extends PlanCheck {

    public ResponsibleAiCheck() {
        super(ChecklistItem.RESPONSIBLE_AI);
    }

    @Override
    DataVerdict addDataEvidence(CheckContext ctx, CheckResult.Builder b) {
        DataVerdict verdict = DataVerdict.PASS;
        List<String> declared = ctx.config().sensitive();
        List<String> undeclared = new ArrayList<>();
        for (String c : ctx.data().test().table().columnNames()) {
            if (!declared.contains(c) && SensitiveAttributes.looksSensitive(c)) {
                undeclared.add(c);
            }
        }
        if (!undeclared.isEmpty()) {
            b.finding("Column(s) " + String.join(", ", undeclared) + " look like sensitive attributes but are not "
                    + "declared under 'sensitive:', so performance is not compared across their groups.");
            verdict = new DataVerdict(Status.WARN, "column(s) " + String.join(", ", undeclared) + " look sensitive "
                    + "and are not declared");
        }
        if (declared.isEmpty()) {
            b.finding("No sensitive attributes are declared, so fairness across groups is not measured. Declare "
                    + "them under 'sensitive:', or, if the data has none, record a waiver saying how fairness will "
                    + "be checked.");
            b.recommendation("Declare the sensitive attributes, or waive this item with the reason and the plan.");
            return new DataVerdict(Status.FAIL, "no sensitive attributes are declared, so fairness across groups "
                    + "is not measured");
        }
        PreparedDataset test = ctx.data().test();
        Outcomes outcomes = test.outcomes();
        for (String attribute : declared) {
            groupTable(ctx, b, attribute, test, outcomes);
        }
        return verdict;
    }

    private static void groupTable(CheckContext ctx, CheckResult.Builder b, String attribute, PreparedDataset test,
                                   Outcomes outcomes) {
        String primary = ctx.primaryMetric();
        boolean binary = outcomes instanceof ClassificationOutcomes c && c.isBinary() && c.hasPredictions();
        EvidenceTable.Builder t = binary
                ? EvidenceTable.builder("Test metrics by " + attribute, "group", "rows", "selection rate", primary)
                : EvidenceTable.builder("Test metrics by " + attribute, "group", "rows", primary);
        double minRate = Double.POSITIVE_INFINITY;
        double maxRate = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, int[]> g : SliceLabels.groups(test.table().column(attribute), test.rowsUsed(), 4).entrySet()) {
            Outcomes part = outcomes.select(g.getValue());
            MetricValue v = ctx.compute(primary, part);
            Object shown = v.isDefined() ? (Object) v.value() : "undefined: " + v.undefinedReason();
            if (binary) {
                double rate = selectionRate((ClassificationOutcomes) part);
                minRate = Math.min(minRate, rate);
                maxRate = Math.max(maxRate, rate);
                t.row(g.getKey(), g.getValue().length, rate, shown);
            } else {
                t.row(g.getKey(), g.getValue().length, shown);
            }
        }
        t.note("Groups of the test rows by " + attribute + " (numbers in quartile bins); selection rate = share "
                + "predicted positive.");
        b.table(t.build());
        if (binary) {
            b.evidence(Evidence.number("demographic parity difference by " + attribute, maxRate - minRate,
                    "max - min selection rate across groups (Fairlearn demographic_parity_difference)",
                    outcomes.size(), "test"));
        }
    }

    private static double selectionRate(ClassificationOutcomes c) {
        if (c.size() == 0) {
            return 0;
        }
        long positive = 0;
        for (int p : c.yPred()) {
            if (p == c.positive()) {
                positive++;
            }
        }
        return (double) positive / c.size();
    }
}
