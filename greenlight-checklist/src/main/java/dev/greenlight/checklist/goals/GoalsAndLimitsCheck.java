package dev.greenlight.checklist.goals;

import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.config.GreenlightConfig.Goal;
import dev.greenlight.config.SystemMeasure;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Item 6: are goals and hard limits set, and met? Each configured limit is evaluated beside its measurement. ML
 * metrics are measured on the dataset the goal names; system measures (latency, throughput, memory, cost, model
 * size) need a benchmarked model and are reported as not measured until then.
 */
public final class GoalsAndLimitsCheck extends ItemCheck {

    /** What became of one goal. */
    enum Outcome { MET, MISSED, NOT_APPLICABLE }

    public GoalsAndLimitsCheck() {
        super(ChecklistItem.GOALS_AND_LIMITS);
    }

    @Override
    public CheckResult run(CheckContext ctx) {
        CheckResult.Builder b = CheckResult.builder(info());
        List<Goal> goals = ctx.config().goals();
        if (goals.isEmpty()) {
            b.openQuestion(new OpenQuestion("goals", "Which quality goals and hard limits (metric minimums, "
                    + "latency, throughput, memory, cost per prediction) must the model meet?"));
            return b.status(Status.FAIL, "No goals or hard limits are set, so trade-offs between models cannot be "
                    + "judged.").recommendation("Add a 'goals:' list, e.g. '- {metric: " + ctx.primaryMetric()
                    + ", min: ..., hard: true}' and latency or cost limits.").build();
        }
        EvidenceTable.Builder t = EvidenceTable.builder("Goals and limits", "goal", "bound", "kind", "dataset",
                "measured", "outcome");
        int hardMissed = 0;
        int softMissed = 0;
        int measured = 0;
        boolean anyMetricGoal = false;
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Goal g : goals) {
            String kind = g.hard() ? "hard limit" : "goal";
            SystemMeasure system = SystemMeasure.fromKey(g.metric());
            if (system != null) {
                t.row(g.metric(), g.bound(), kind, "-", "not measured", Outcome.NOT_APPLICABLE.name());
                b.finding(g.metric() + " (" + system.description() + ") is not measured yet: it needs a "
                        + "benchmarked model (greenlight bench).");
                continue;
            }
            anyMetricGoal = true;
            MetricValue v = ctx.metric(g.dataset(), g.metric());
            if (!v.isDefined()) {
                t.row(g.metric(), g.bound(), kind, g.dataset(), "undefined: " + v.undefinedReason(),
                        Outcome.MISSED.name());
                b.finding(g.metric() + " on " + g.dataset() + " cannot be measured: " + v.undefinedReason());
                if (g.hard()) {
                    hardMissed++;
                } else {
                    softMissed++;
                }
                continue;
            }
            measured++;
            boolean met = g.isMetBy(v.value());
            t.row(g.metric(), g.bound(), kind, g.dataset(), v.value(), met ? Outcome.MET.name()
                    : Outcome.MISSED.name());
            b.evidence(Evidence.number(g.metric() + " (" + g.dataset() + ") vs " + kind + " " + g.bound(),
                    v.value(), "scikit-learn definition of " + g.metric(), v.n(), g.dataset()));
            categories.add(g.metric());
            values.add(v.value());
            if (!met) {
                b.finding((g.hard() ? "Hard limit missed: " : "Goal missed: ") + g.metric() + " on " + g.dataset()
                        + " is " + Figures.format(v.value()) + ", the " + kind + " is " + g.bound() + ".");
                if (g.hard()) {
                    hardMissed++;
                } else {
                    softMissed++;
                }
            }
        }
        b.table(t.build());
        if (!categories.isEmpty()) {
            b.chart(new Chart.Bars("Measured values of the goals", "value", categories,
                    List.of(new Chart.Series("measured", values)), null, null));
        }
        if (!anyMetricGoal) {
            b.finding("No goal bounds an ML metric: add a minimum (or maximum) for " + ctx.primaryMetric() + ".");
        }
        if (hardMissed > 0) {
            b.status(Status.FAIL, hardMissed + " hard limit(s) missed.")
                    .recommendation("A missed hard limit blocks release: improve the model or revisit the limit "
                            + "with the product owner, and record why.");
        } else if (softMissed > 0) {
            b.status(Status.WARN, softMissed + " goal(s) missed; every hard limit that could be measured is met.");
        } else if (!anyMetricGoal) {
            b.status(Status.WARN, "No goal bounds an ML metric; the system limits are not measured yet.");
        } else if (measured < goals.size()) {
            b.status(Status.PASS, "All " + measured + " measurable goals are met; " + (goals.size() - measured)
                    + " system limit(s) are not applicable until the model is benchmarked.");
        } else {
            b.status(Status.PASS, "All " + goals.size() + " goals and limits are met.");
        }
        return b.build();
    }
}
