package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Condition;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.config.PlanQuestion;
import dev.greenlight.config.PlanQuestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A checklist item answered mainly by the team's plan: every question must have an answer, and where the data
 * can say more, the check measures it beside the answers. The data's analyses judge what they measure against the
 * configured limits (fairness limits, skew limits, the re-scoring tolerance) and hand their results to the item's
 * "data" condition.
 */
abstract class PlanCheck extends ItemCheck<PlanCheck.Answered> {

    PlanCheck(ChecklistItem item) {
        super(item);
    }

    /**
     * What the item measured.
     *
     * @param total      how many plan questions the item has
     * @param unanswered the configuration keys of the questions left open
     * @param data       what the data's analyses found, each judged against its limit
     */
    record Answered(String section, int total, List<String> unanswered, List<ConditionResult> data) {
    }

    @Override
    protected final Answered measure(CheckContext ctx, Measurements b) {
        List<String> unanswered = new ArrayList<>();
        List<PlanQuestion> questions = PlanQuestions.of(item().id());
        for (PlanQuestion q : questions) {
            Optional<String> a = ctx.config().answer(q.section(), q.key());
            if (a.isPresent()) {
                b.evidence(Evidence.answer(q.question(), a.get(), q.path()));
            } else {
                b.openQuestion(new OpenQuestion(q.path(), q.question()));
                unanswered.add(q.path());
            }
        }
        List<ConditionResult> data = measureData(ctx, b).stream().filter(java.util.Objects::nonNull).toList();
        return new Answered(questions.get(0).section(), questions.size(), unanswered, data);
    }

    /**
     * Measures what the data can say about this item and judges it against the configured limits.
     *
     * @return each judged finding (null entries are left out): FAIL when the data shows the item cannot be
     *         satisfied as configured, WARN when it raises a point the team should review
     */
    abstract List<ConditionResult> measureData(CheckContext ctx, Measurements b);

    @Override
    protected final List<Condition<Answered>> conditions(CheckContext ctx) {
        return List.of(
                Condition.of("plan-answered", "every plan question of the item is answered", a ->
                        ConditionResult.of("plan-answered", a.unanswered().isEmpty(), Status.FAIL,
                                a.unanswered().size() + " of " + a.total() + " plan questions are unanswered: "
                                        + String.join(", ", a.unanswered()))),
                Condition.each("data", "what the data shows agrees with the plan and the configured limits",
                        Answered::data));
    }

    @Override
    protected final String passSummary(Answered a) {
        return "All " + a.total() + " plan questions are answered.";
    }

    @Override
    protected final String summary(Answered a, Status status, List<ConditionResult> unmet) {
        if (!a.unanswered().isEmpty()) {
            return unmet.stream().filter(r -> r.condition().equals("plan-answered")).findFirst().orElseThrow()
                    .message() + ".";
        }
        return "All " + a.total() + " plan questions are answered, but " + join(unmet);
    }

    @Override
    protected final String recommendation(Answered a, Status status, List<ConditionResult> unmet) {
        return a.unanswered().isEmpty() ? null : "Answer each open question under 'plan." + a.section() + "' in the "
                + "configuration, or record a waiver with the reason it cannot be answered yet.";
    }
}
