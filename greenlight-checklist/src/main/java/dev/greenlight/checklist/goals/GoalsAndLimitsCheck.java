package dev.greenlight.checklist.goals;

import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Condition;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.Threshold;
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
public final class GoalsAndLimitsCheck extends ItemCheck<GoalsAndLimitsCheck.Measured> {

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

    /**
     * What the item measured: each goal's value on its dataset or the primary model's benchmark, with its interval
     * verdict ({@link GoalJudgement}).
     */
    record Measured(List<GoalJudgement> goals, boolean anyMetricGoal) {
    }

    @Override
    protected Measured measure(CheckContext ctx, Measurements b) {
        List<Goal> goals = ctx.config().goals();
        if (goals.isEmpty()) {
            b.openQuestion(new OpenQuestion("goals", "Which quality goals and hard limits (metric minimums, "
                    + "latency, throughput, memory, cost per prediction) must the model meet?"));
            return new Measured(List.of(), false);
        }
        ModelMeasurements measured = ctx.config().models().isEmpty() ? null : ModelMeasurements.of(ctx);
        ModelBenchmark primaryBench = measured == null ? null
                : measured.benchOf(ctx.config().primaryModel().orElseThrow());
        EvidenceTable.Builder t = EvidenceTable.builder("Goals and limits", "goal", "bound", "kind", "measured on",
                "measured", "outcome");
        boolean anyMetricGoal = false;
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<GoalJudgement> judged = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            String kind = g.hard() ? "hard limit" : "goal";
            SystemMeasure system = SystemMeasure.fromKey(g.metric());
            anyMetricGoal |= system == null;
            GoalJudgement j = GoalJudgement.ofPrimary(ctx, g, primaryBench);
            judged.add(j);
            String on = system == null ? g.dataset() : primaryBench == null ? "-" : "benchmark of '"
                    + primaryBench.name() + "'";
            t.row(g.metric(), g.bound(), kind, on, j.value() != null ? j.value() : j.why(), j.outcome().name());
            if (j.outcome() == Outcome.NOT_APPLICABLE) {
                b.finding(g.metric() + " (" + system.description() + ") is not measured: " + j.why() + ".");
                continue;
            }
            if (j.value() == null) {
                b.finding(g.metric() + " cannot be measured" + (system == null ? " on " + g.dataset() : "") + ": "
                        + j.why());
                continue;
            }
            Evidence e = system == null ? Evidence.number(evidenceId(i), g.metric() + " (" + g.dataset() + ") vs "
                    + kind + " " + g.bound(), j.value(), "scikit-learn definition of " + g.metric(), j.n(),
                    g.dataset()) : Evidence.number(evidenceId(i), g.metric() + " vs " + kind + " " + g.bound(),
                    j.value(), system.description() + ", benchmark of '" + primaryBench.name() + "'");
            b.evidence(j.interval() != null && j.interval().isDefined() ? e.withInterval(j.interval().low(),
                    j.interval().high()) : e);
            double share = limitShare(g, j.value());
            if (!Double.isNaN(share)) {
                categories.add(g.metric());
                values.add(share);
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
        return new Measured(judged, anyMetricGoal);
    }

    /** The evidence id of the i-th goal, as the configuration lists them. */
    static String evidenceId(int i) {
        return "goals." + i;
    }

    /**
     * Goals are set and one bounds an ML metric; each goal is judged on its metric's 95% interval: a hard limit
     * missed fails, a goal missed or a bound not yet known (the interval straddles it) warns.
     */
    @Override
    protected List<Condition<Measured>> conditions(CheckContext ctx) {
        return List.of(
                Condition.of("goals-set", "goals and hard limits are set", m -> m.goals().isEmpty()
                        ? ConditionResult.fail("goals-set", "No goals or hard limits are set, so trade-offs between "
                        + "models cannot be judged") : null),
                Condition.each("goals-met", "each goal and hard limit is met, judged on its 95% interval",
                        GoalsAndLimitsCheck::judge),
                Condition.of("metric-goal", "a goal bounds an ML metric", m -> m.goals().isEmpty()
                        || m.anyMetricGoal() ? null : ConditionResult.warn("metric-goal", "No goal bounds an ML "
                        + "metric: add a minimum (or maximum) for " + ctx.primaryMetric())));
    }

    private static List<ConditionResult> judge(Measured m) {
        List<ConditionResult> out = new ArrayList<>();
        for (int i = 0; i < m.goals().size(); i++) {
            GoalJudgement j = m.goals().get(i);
            Goal g = j.goal();
            String kind = g.hard() ? "hard limit" : "goal";
            SystemMeasure system = SystemMeasure.fromKey(g.metric());
            Threshold t = g.min() != null ? Threshold.atLeast(g.min(), "goals[" + i + "]")
                    : Threshold.atMost(g.max(), "goals[" + i + "]");
            String on = system == null ? " on " + g.dataset() : "";
            ConditionResult r = switch (j.outcome()) {
                case MET -> ConditionResult.pass("goals-met", g.metric() + on + " meets the " + kind + " "
                        + g.bound());
                case NOT_APPLICABLE -> null;
                case NOT_YET_KNOWN -> ConditionResult.warn("goals-met", (g.hard() ? "Hard limit" : "Goal")
                        + " not yet known: " + g.metric() + on + " is " + Figures.format(j.value())
                        + " with 95% interval " + Figures.format(j.interval().low()) + " to "
                        + Figures.format(j.interval().high()) + " (" + j.n() + " rows), which straddles the " + kind
                        + " " + g.bound() + (Double.isNaN(j.rowsNeeded()) ? "" : "; about "
                        + Figures.format(j.rowsNeeded()) + " rows would tell"));
                case MISSED -> new ConditionResult("goals-met", g.hard() ? Status.FAIL : Status.WARN,
                        (g.hard() ? "Hard limit missed: " : "Goal missed: ") + g.metric() + on + (j.value() == null
                                ? " cannot be measured: " + j.why() : " is " + Figures.format(j.value())
                                + ", the " + kind + " is " + g.bound()), null, null);
            };
            if (r != null) {
                out.add(j.value() == null ? r : r.on(evidenceId(i), t));
            }
        }
        return out;
    }

    @Override
    protected String passSummary(Measured m) {
        long notApplicable = m.goals().stream().filter(j -> j.outcome() == Outcome.NOT_APPLICABLE).count();
        if (notApplicable > 0) {
            return "All " + (m.goals().size() - notApplicable) + " measurable goals are met; " + notApplicable
                    + " system limit(s) are not measured: name the model under 'models' to have it benchmarked.";
        }
        return "All " + m.goals().size() + " goals and limits are met.";
    }

    @Override
    protected String summary(Measured m, Status status, List<ConditionResult> unmet) {
        long hardMissed = m.goals().stream().filter(GoalJudgement::missedHard).count();
        long notYetKnown = m.goals().stream().filter(j -> j.outcome() == Outcome.NOT_YET_KNOWN).count();
        long softMissed = m.goals().stream().filter(j -> !j.goal().hard() && j.outcome() == Outcome.MISSED).count();
        if (m.goals().isEmpty()) {
            return "No goals or hard limits are set, so trade-offs between models cannot be judged.";
        }
        if (hardMissed > 0) {
            return hardMissed + " hard limit(s) missed.";
        }
        if (notYetKnown > 0) {
            return notYetKnown + " goal(s) or limit(s) not yet known: the metric's interval straddles the bound"
                    + (softMissed > 0 ? "; " + softMissed + " goal(s) missed" : "") + ".";
        }
        if (softMissed > 0) {
            return softMissed + " goal(s) missed; every hard limit that could be measured is met.";
        }
        return join(unmet);
    }

    @Override
    protected String recommendation(Measured m, Status status, List<ConditionResult> unmet) {
        if (m.goals().isEmpty()) {
            return "Add a 'goals:' list, e.g. '- {metric: <primary metric>, min: ..., hard: true}' and latency or "
                    + "cost limits.";
        }
        if (m.goals().stream().anyMatch(GoalJudgement::missedHard)) {
            return "A missed hard limit blocks release: improve the model or revisit the limit with the product "
                    + "owner, and record why.";
        }
        if (m.goals().stream().anyMatch(j -> j.outcome() == Outcome.NOT_YET_KNOWN)) {
            return "Label more rows (the findings say about how many) before relying on these verdicts.";
        }
        return null;
    }
}
