package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.evidence.Threshold;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.config.GreenlightConfig.LabelSources;
import dev.greenlight.table.Column;
import dev.greenlight.text.Suggestions;

import java.util.List;
import java.util.Optional;

/**
 * Item 4: can labels be had in production? The plan's answers, with what the data shows: the label coverage of
 * each dataset and, where the configuration's {@code labels:} section names the columns, how far human raters agree
 * ({@link RaterAnalysis}), how a proxy label compares with the truth ({@link ProxyAnalysis}) and how long labels take
 * to arrive ({@link LabelDelayAnalysis}).
 */
public final class GroundTruthCheck extends PlanCheck {

    public GroundTruthCheck() {
        super(ChecklistItem.GROUND_TRUTH);
    }

    @Override
    List<ConditionResult> measureData(CheckContext ctx, Measurements b) {
        String target = ctx.config().target();
        for (PreparedDataset d : ctx.data().datasets().values()) {
            if (!d.table().has(target)) {
                b.finding("The " + d.role() + " data (" + d.file().fileName() + ") has no '" + target + "' column: "
                        + "its labels must come from the process described under plan.ground_truth.");
                continue;
            }
            Column c = d.table().column(target);
            long labelled = c.size() - c.missingCount();
            b.evidence(Evidence.number(Evidence.id("labelled_share", d.role()), "labelled share of " + d.role(), (double) labelled / c.size(),
                    "rows with a target value / all rows", c.size(), d.role()));
            if (d.role().equals("production") && labelled < c.size()) {
                b.finding("The production sample has labels for " + labelled + " of " + c.size() + " rows; "
                        + "performance there can only be measured on the labelled share, which may not be "
                        + "representative.");
            }
        }
        ConditionResult sources = labelSources(ctx, b);
        return sources == null ? List.of() : List.of(sources);
    }

    private static ConditionResult labelSources(CheckContext ctx, Measurements b) {
        LabelSources sources = ctx.config().labels();
        if (sources.isEmpty()) {
            return null;
        }
        Optional<PreparedDataset> found = ctx.data().dataset(sources.dataset());
        if (found.isEmpty()) {
            return ConditionResult.fail("label-sources-present", "labels.dataset names the " + sources.dataset()
                    + " data, which datasets: does not give");
        }
        PreparedDataset d = found.get();
        for (String column : sources.columns()) {
            if (!d.table().has(column)) {
                return ConditionResult.fail("label-sources-present", "the labels: section names the column '"
                        + column + "', which " + d.file().fileName() + " lacks" + Suggestions.didYouMean(column,
                        d.table().columnNames()));
            }
        }
        String warning = null;
        if (sources.raters().size() >= 2) {
            double minAlpha = ctx.settings().groundTruth().minAlpha();
            warning = RaterAnalysis.add(d, sources.raters(), ctx.config().target(), minAlpha, b);
        }
        if (sources.proxy() != null) {
            ProxyAnalysis.add(ctx, d, sources.proxy(), b);
        }
        if (sources.labelledAt() != null) {
            LabelDelayAnalysis.add(d, sources.labelledAt(), ctx.config().columns().timestamp(), b);
        }
        return warning == null ? null : ConditionResult.warn("raters-agree", warning).on("raters.krippendorff_alpha",
                Threshold.atLeast(ctx.settings().groundTruth().minAlpha(), ctx.settings().source(
                        "ground_truth.min_alpha")));
    }
}
