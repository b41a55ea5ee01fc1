package dev.greenlight.checklist.goals;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.config.GreenlightConfig.Goal;
import dev.greenlight.config.SystemMeasure;
import dev.greenlight.metrics.BoundVerdict;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.model.bench.ModelBenchmark;
import dev.greenlight.model.bench.SystemFigures;

/**
 * One goal measured for one model, and whether it is met: an ML metric on the goal's dataset, or a system measure
 * from the model's benchmark.
 *
 * @param value   the measurement, or null when there is none
 * @param n       rows an ML metric was computed on; 0 for system measures
 * @param why     why there is no measurement, or null
 * @param outcome met, missed (an unmeasurable ML metric counts as missed), not yet known (the metric's interval
 *                straddles the bound, {@link BoundVerdict}), or not applicable (a system measure without a
 *                benchmarked model)
 * @param interval the ML metric's 95% interval the verdict used, or null (system measures, other models)
 * @param rowsNeeded for NOT_YET_KNOWN, about how many rows would tell; NaN otherwise
 */
record GoalJudgement(Goal goal, Double value, long n, String why, Outcome outcome, ConfidenceInterval interval,
                     double rowsNeeded) {

    GoalJudgement(Goal goal, Double value, long n, String why, Outcome outcome) {
        this(goal, value, n, why, outcome, null, Double.NaN);
    }

    /** What became of one goal. */
    enum Outcome { MET, MISSED, NOT_YET_KNOWN, NOT_APPLICABLE }

    boolean missedHard() {
        return goal.hard() && outcome == Outcome.MISSED;
    }

    /** The primary model's judgement: ML metrics as every item computes them, system measures from its benchmark. */
    static GoalJudgement ofPrimary(CheckContext ctx, Goal g, ModelBenchmark bench) {
        SystemMeasure system = SystemMeasure.fromKey(g.metric());
        if (system != null) {
            return system(g, system, bench);
        }
        MetricValue v = ctx.metric(g.dataset(), g.metric());
        ConfidenceInterval ci = v.isDefined() ? ctx.interval(g.dataset(), g.metric()) : null;
        if (ci == null || !ci.isDefined()) {
            return metric(g, v);
        }
        // judged on the interval: met only when it clears the bound, missed only when it lies wholly outside
        BoundVerdict verdict = BoundVerdict.of(ci, g.min(), g.max());
        Outcome outcome = switch (verdict.outcome()) {
            case MET -> Outcome.MET;
            case MISSED -> Outcome.MISSED;
            case NOT_YET_KNOWN -> Outcome.NOT_YET_KNOWN;
        };
        return new GoalJudgement(g, v.value(), v.n(), null, outcome, ci, verdict.rowsNeeded());
    }

    /**
     * Another model's judgement. ML metrics are judged on the test set, where every model was scored; a goal on
     * another dataset is left to the primary.
     */
    static GoalJudgement ofModel(CheckContext ctx, Goal g, ModelQuality quality, ModelBenchmark bench) {
        SystemMeasure system = SystemMeasure.fromKey(g.metric());
        if (system != null) {
            return system(g, system, bench);
        }
        if (quality.outcomes() == null) {
            return new GoalJudgement(g, null, 0, "not scored: " + quality.error(), Outcome.MISSED);
        }
        if (!g.dataset().equals("test")) {
            return new GoalJudgement(g, null, 0, "judged on " + g.dataset() + " for the primary model only",
                    Outcome.NOT_APPLICABLE);
        }
        return metric(g, ctx.compute(g.metric(), quality.outcomes()));
    }

    private static GoalJudgement metric(Goal g, MetricValue v) {
        if (!v.isDefined()) {
            return new GoalJudgement(g, null, v.n(), "undefined: " + v.undefinedReason(), Outcome.MISSED);
        }
        return new GoalJudgement(g, v.value(), v.n(), null, g.isMetBy(v.value()) ? Outcome.MET : Outcome.MISSED);
    }

    /** A system measure: not applicable without a benchmark; a benchmark that cannot give it misses the goal. */
    private static GoalJudgement system(Goal g, SystemMeasure m, ModelBenchmark bench) {
        if (bench == null) {
            return new GoalJudgement(g, null, 0, "not measured: name the model under 'models' and Greenlight "
                    + "benchmarks it", Outcome.NOT_APPLICABLE);
        }
        Double v = SystemFigures.value(m, bench);
        if (v == null) {
            return new GoalJudgement(g, null, 0, SystemFigures.whyMissing(m, bench), Outcome.MISSED);
        }
        return new GoalJudgement(g, v, 0, null, g.isMetBy(v) ? Outcome.MET : Outcome.MISSED);
    }
}
