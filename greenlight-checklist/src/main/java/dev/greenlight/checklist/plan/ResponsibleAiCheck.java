package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Judgement;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.fairness.FairnessAnalysis;
import dev.greenlight.checklist.fairness.PrivacyAnalysis;
import dev.greenlight.fairness.SensitiveAttributes;

import java.util.ArrayList;
import java.util.List;

/**
 * Item 9: fairness and the other Responsible AI principles. The plan's answers, beside what the data shows: fairness
 * across the groups of each declared sensitive attribute and their intersection ({@link FairnessAnalysis}),
 * personal data in the columns ({@link PrivacyAnalysis}), and a warning for columns that look sensitive but are not
 * declared.
 */
public final class ResponsibleAiCheck extends PlanCheck {

    public ResponsibleAiCheck() {
        super(ChecklistItem.RESPONSIBLE_AI);
    }

    @Override
    DataVerdict addDataEvidence(CheckContext ctx, CheckResult.Builder b) {
        Judgement j = new Judgement();
        List<String> declared = ctx.config().sensitive();
        List<String> undeclared = new ArrayList<>();
        for (String c : ctx.data().test().table().columnNames()) {
            if (!declared.contains(c) && SensitiveAttributes.looksSensitive(c)) {
                undeclared.add(c);
            }
        }
        if (!undeclared.isEmpty()) {
            j.raise(Status.WARN, "column(s) " + String.join(", ", undeclared) + " look like sensitive attributes but "
                    + "are not declared under 'sensitive:', so performance is not compared across their groups");
        }
        if (declared.isEmpty()) {
            j.raise(Status.FAIL, "no sensitive attributes are declared, so fairness across groups is not measured: "
                    + "declare them under 'sensitive:', or, if the data has none, record a waiver saying how fairness "
                    + "will be checked");
            b.recommendation("Declare the sensitive attributes, or waive this item with the reason and the plan.");
        }
        FairnessAnalysis.run(ctx, b, j);
        PrivacyAnalysis.run(ctx, b, j);
        j.problems().forEach(b::finding);
        return j.isClean() ? DataVerdict.PASS : new DataVerdict(j.status(), String.join("; ", j.problems()));
    }
}
