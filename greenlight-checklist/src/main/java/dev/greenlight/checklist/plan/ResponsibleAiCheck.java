package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.ChecklistItem;
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
    List<ConditionResult> measureData(CheckContext ctx, Measurements b) {
        List<ConditionResult> j = new ArrayList<>();
        List<String> declared = ctx.config().sensitive();
        List<String> undeclared = new ArrayList<>();
        for (String c : ctx.data().test().table().columnNames()) {
            if (!declared.contains(c) && SensitiveAttributes.looksSensitive(c)) {
                undeclared.add(c);
            }
        }
        if (!undeclared.isEmpty()) {
            j.add(ConditionResult.warn("sensitive-declared", "column(s) " + String.join(", ", undeclared) + " look "
                    + "like sensitive attributes but are not declared under 'sensitive:', so performance is not "
                    + "compared across their groups"));
        }
        if (declared.isEmpty()) {
            j.add(ConditionResult.fail("sensitive-declared", "no sensitive attributes are declared, so fairness "
                    + "across groups is not measured: declare them under 'sensitive:', or, if the data has none, "
                    + "record a waiver saying how fairness will be checked"));
            b.recommend("Declare the sensitive attributes, or waive this item with the reason and the plan.");
        }
        j.addAll(FairnessAnalysis.measure(ctx, b));
        j.add(PrivacyAnalysis.measure(ctx, b));
        return j;
    }
}
