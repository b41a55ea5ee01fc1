package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.config.PlanQuestion;
import dev.greenlight.config.PlanQuestions;

import java.util.Optional;

/**
 * A checklist item answered mainly by the team's plan: every question must have an answer, and where the data
 * can say more, the check adds that evidence beside the answers.
 */
abstract class PlanCheck extends ItemCheck {

    PlanCheck(ChecklistItem item) {
        super(item);
    }

    @Override
    public CheckResult run(CheckContext ctx) {
        CheckResult.Builder b = CheckResult.builder(info());
        int answered = 0;
        for (PlanQuestion q : PlanQuestions.of(item().id())) {
            Optional<String> a = ctx.config().answer(q.section(), q.key());
            if (a.isPresent()) {
                answered++;
                b.evidence(Evidence.answer(q.question(), a.get(), q.path()));
            } else {
                b.openQuestion(new OpenQuestion(q.path(), q.question()));
            }
        }
        DataVerdict fromData = addDataEvidence(ctx, b);
        int total = PlanQuestions.of(item().id()).size();
        if (!b.openQuestions().isEmpty()) {
            b.status(Status.FAIL, (total - answered) + " of " + total + " plan questions are unanswered: "
                    + String.join(", ", b.openQuestions().stream().map(OpenQuestion::key).toList()));
            b.recommendation("Answer each open question under '" + "plan." + PlanQuestions.of(item().id()).get(0).section()
                    + "' in the configuration, or record a waiver with the reason it cannot be answered yet.");
        } else if (fromData.status() != Status.PASS) {
            b.status(fromData.status(), "All " + total + " plan questions are answered, but " + fromData.reason()
                    + ".");
        } else {
            b.status(Status.PASS, "All " + total + " plan questions are answered.");
        }
        return b.build();
    }

    /**
     * Adds what the data can say about this item.
     *
     * @return FAIL when the data shows the item cannot be satisfied as configured, WARN when it raises a point the
     *         team should review, each with the reason in a few words; else {@link DataVerdict#PASS}
     */
    abstract DataVerdict addDataEvidence(CheckContext ctx, CheckResult.Builder b);

    /** What the data says about a plan item, beside the answers. */
    record DataVerdict(Status status, String reason) {
        static final DataVerdict PASS = new DataVerdict(Status.PASS, null);
    }
}
