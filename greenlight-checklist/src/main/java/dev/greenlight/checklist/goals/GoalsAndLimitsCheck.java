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
import dev.greenlight.checklist.goals.GoalJudgement.Outcome;
import dev.greenlight.config.GreenlightConfig.Goal;
import dev.greenlight.config.SystemMeasure;
import dev.greenlight.model.bench.ModelBenchmark;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Item 6: are goals and hard limits set, and met? Each configured limit is evaluated beside its measurement. ML
 * metrics are measured on the dataset the goal names. System measures (latency, throughput, memory, cost, model
 * size, load time) are measured when the configuration names models: the check then benchmarks every model itself
 * (each in a worker process, with the {@code bench} settings) and judges the primary's figures; without models they
 * are reported as not measured. With more than one model it adds the trade-off table: quality with intervals,
 * latency, memory and cost, which models meet every hard limit, and which are Pareto-optimal.
 */
public final class GoalsAndLimitsCheck extends ItemCheck {

    public GoalsAndLimitsCheck() {
        super(ChecklistItem.GOALS_AND_LIMITS);
    }

    /**
     * How much of a limit a measurement uses, on one scale for every goal: measured / max for an upper bound,
     * min / measured for a lower one; below 1 is met. NaN when the ratio has no meaning (a zero or negative side).
     */
    static double limitShare(Goal g, double measured) {
        if (g.max() != null) {
            return g.max() > 0 && measured >= 0 ? measured / g.max() : Double.NaN;
        }
        return g.min() != null && g.min() > 0 && measured > 0 ? g.min() / measured : Double.NaN;
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
        ModelMeasurements measured = ctx.config().models().isEmpty() ? null : ModelMeasurements.of(ctx);
        ModelBenchmark primaryBench = measured == null ? null
                : measured.benchOf(ctx.config().primaryModel().orElseThrow());
        EvidenceTable.Builder t = EvidenceTable.builder("Goals and limits", "goal", "bound", "kind", "measured on",
                "measured", "outcome");
        int hardMissed = 0;
        int softMissed = 0;
        int notApplicable = 0;
        int notYetKnown = 0;
        boolean anyMetricGoal = false;
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Goal g : goals) {
            String kind = g.hard() ? "hard limit" : "goal";
            SystemMeasure system = SystemMeasure.fromKey(g.metric());
            anyMetricGoal |= system == null;
            GoalJudgement j = GoalJudgement.ofPrimary(ctx, g, primaryBench);
            String on = system == null ? g.dataset() : primaryBench == null ? "-" : "benchmark of '"
                    + primaryBench.name() + "'";
            t.row(g.metric(), g.bound(), kind, on, j.value() != null ? j.value() : j.why(), j.outcome().name());
            if (j.outcome() == Outcome.NOT_APPLICABLE) {
                notApplicable++;
                b.finding(g.metric() + " (" + system.description() + ") is not measured: " + j.why() + ".");
                continue;
            }
            if (j.value() == null) {
                b.finding(g.metric() + " cannot be measured" + (system == null ? " on " + g.dataset() : "") + ": "
                        + j.why());
            } else {
                b.evidence(system == null ? Evidence.number(g.metric() + " (" + g.dataset() + ") vs " + kind + " "
                        + g.bound(), j.value(), "scikit-learn definition of " + g.metric(), j.n(), g.dataset())
                        : new Evidence(g.metric() + " vs " + kind + " " + g.bound(), j.value(), null,
                        system.description() + ", benchmark of '" + primaryBench.name() + "'", null, null, null,
                        null));
                double share = limitShare(g, j.value());
                if (!Double.isNaN(share)) {
                    categories.add(g.metric());
                    values.add(share);
                }
                if (j.outcome() == Outcome.NOT_YET_KNOWN) {
                    notYetKnown++;
                    b.finding((g.hard() ? "Hard limit" : "Goal") + " not yet known: " + g.metric() + " on "
                            + g.dataset() + " is " + Figures.format(j.value()) + " with 95% interval "
                            + Figures.format(j.interval().low()) + " to " + Figures.format(j.interval().high())
                            + " (" + j.n() + " rows), which straddles the " + kind + " " + g.bound() + (Double.isNaN(
                            j.rowsNeeded()) ? "" : "; about " + Figures.format(j.rowsNeeded()) + " rows would tell")
                            + ".");
                }
                if (j.outcome() == Outcome.MISSED) {
                    b.finding((g.hard() ? "Hard limit missed: " : "Goal missed: ") + g.metric()
                            + (system == null ? " on " + g.dataset() : "") + " is " + Figures.format(j.value())
                            + ", the " + kind + " is " + g.bound() + ".");
                }
            }
            if (j.outcome() == Outcome.MISSED) {
                if (g.hard()) {
                    hardMissed++;
                } else {
                    softMissed++;
                }
            }
        }
        b.table(t.build());
        if (!categories.isEmpty()) {
            b.chart(new Chart.Bars("Goals against their limits (1 = at the limit, below 1 = met)",
                    "share of the limit", categories, List.of(new Chart.Series("measured / limit", values)), 1.0,
                    "limit"));
        }
        if (measured != null) {
            new TradeOffs(ctx, measured).addTo(b);
        }
        if (!anyMetricGoal) {
            b.finding("No goal bounds an ML metric: add a minimum (or maximum) for " + ctx.primaryMetric() + ".");
        }
        return judge(b, goals.size(), hardMissed, softMissed, notApplicable, notYetKnown, anyMetricGoal).build();
    }

    private static CheckResult.Builder judge(CheckResult.Builder b, int goals, int hardMissed, int softMissed,
                                             int notApplicable, int notYetKnown, boolean anyMetricGoal) {
        if (hardMissed > 0) {
            return b.status(Status.FAIL, hardMissed + " hard limit(s) missed.")
                    .recommendation("A missed hard limit blocks release: improve the model or revisit the limit "
                            + "with the product owner, and record why.");
        }
        if (notYetKnown > 0) {
            return b.status(Status.WARN, notYetKnown + " goal(s) or limit(s) not yet known: the metric's interval "
                    + "straddles the bound" + (softMissed > 0 ? "; " + softMissed + " goal(s) missed" : "") + ".")
                    .recommendation("Label more rows (the findings say about how many) before relying on these "
                            + "verdicts.");
        }
        if (softMissed > 0) {
            return b.status(Status.WARN, softMissed + " goal(s) missed; every hard limit that could be measured is "
                    + "met.");
        }
        if (!anyMetricGoal) {
            return b.status(Status.WARN, "No goal bounds an ML metric" + (notApplicable > 0
                    ? "; the system limits are not measured yet." : "."));
        }
        if (notApplicable > 0) {
            return b.status(Status.PASS, "All " + (goals - notApplicable) + " measurable goals are met; "
                    + notApplicable + " system limit(s) are not measured: name the model under 'models' to have "
                    + "it benchmarked.");
        }
        return b.status(Status.PASS, "All " + goals + " goals and limits are met.");
    }
}
