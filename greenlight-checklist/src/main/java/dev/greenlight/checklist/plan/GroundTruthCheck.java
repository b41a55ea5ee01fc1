package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.table.Column;

/** Item 4: can labels be had in production? The plan's answers, with the label coverage the data shows. */
public final class GroundTruthCheck extends PlanCheck {

    public GroundTruthCheck() {
        super(ChecklistItem.GROUND_TRUTH);
    }

    @Override
    DataVerdict addDataEvidence(CheckContext ctx, CheckResult.Builder b) {
        String target = ctx.config().target();
        for (PreparedDataset d : ctx.data().datasets().values()) {
            if (!d.table().has(target)) {
                b.finding("The " + d.role() + " data (" + d.file().fileName() + ") has no '" + target + "' column: "
                        + "its labels must come from the process described under plan.ground_truth.");
                continue;
            }
            Column c = d.table().column(target);
            long labelled = c.size() - c.missingCount();
            b.evidence(Evidence.number("labelled share of " + d.role(), (double) labelled / c.size(),
                    "rows with a target value / all rows", c.size(), d.role()));
            if (d.role().equals("production") && labelled < c.size()) {
                b.finding("The production sample has labels for " + labelled + " of " + c.size() + " rows; "
                        + "performance there can only be measured on the labelled share, which may not be "
                        + "representative.");
            }
        }
        return DataVerdict.PASS;
    }
}
