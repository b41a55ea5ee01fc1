package dev.greenlight.checklist.metrics;

import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Condition;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.Threshold;
import dev.greenlight.config.GreenlightConfig.Goal;
import dev.greenlight.metrics.BoundVerdict;
import dev.greenlight.text.Figures;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.config.GreenlightConfig.MetricsDefinition;
import dev.greenlight.metrics.Metric;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Item 2: is performance measured the same way in training and in scoring? The metrics must be named, and the
 * scoring window, the evaluation unit (aggregation) and the sampling declared, because each, left implicit, makes
 * a training metric and a production metric disagree while both look right. Where the declaration can be acted on,
 * the check measures it: the metric per scoring window ({@link PeriodAnalysis}), per evaluation unit
 * ({@link UnitAnalysis}) and on production's class mix ({@link SamplingAnalysis}).
 */
public final class MetricsDefinitionCheck extends ItemCheck<MetricsDefinitionCheck.Measured> {

    public MetricsDefinitionCheck() {
        super(ChecklistItem.METRICS_DEFINITION);
    }

    /**
     * What the item measured.
     *
     * @param undeclared  the parts of the definition the team did not declare (configuration keys)
     * @param primary     the primary metric on test
     * @param periods     the metric per scoring window of test and validation
     * @param unit        the metric per evaluation unit against per row, or null
     * @param classMix    how the test class balance differs from production's, or null
     */
    record Measured(MetricsDefinition definition, List<String> undeclared, MetricValue primary,
                    List<PeriodAnalysis.Periods> periods, UnitAnalysis.UnitGap unit, String classMix) {
    }

    @Override
    protected Measured measure(CheckContext ctx, Measurements b) {
        MetricsDefinition m = ctx.config().metrics();
        EvidenceTable.Builder t = EvidenceTable.builder("Metrics", "role", "metric", "definition", "test value");
        List<String> names = new ArrayList<>();
        names.add(m.primary());
        names.addAll(m.secondary());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String description = MetricCatalog.find(ctx.data().task(), name).map(Metric::description).orElse("");
            MetricValue v = ctx.metric("test", name);
            t.row(i == 0 ? "primary" : "secondary", name, description,
                    v.isDefined() ? v.value() : "undefined: " + v.undefinedReason());
        }
        b.table(t.note("Every metric is computed by the same code on train, validation and test.").build());
        b.evidence(Evidence.text("metrics.primary", "primary metric", m.primary() + (m.primaryDeclared() ? ""
                : " (default for a " + ctx.data().task().key() + " task)"), "metrics.primary"));

        List<String> undeclared = new ArrayList<>();
        declared(b, undeclared, "scoring window", m.scoringWindow(), "metrics.scoring_window",
                "Over which period is the production metric computed (e.g. 30d, 1w, or 'none')? The test metric "
                        + "must cover the same kind of period.");
        declared(b, undeclared, "evaluation unit", m.aggregation(), "metrics.aggregation",
                "What is one evaluated unit: a row, or rows combined per customer, video or session ('row' if "
                        + "each row counts on its own)?");
        declared(b, undeclared, "sampling", m.sampling(), "metrics.sampling",
                "Was the train or test data over- or under-sampled relative to production ('none' if not)?");

        String window = m.scoringWindow();
        if (window != null && !window.equals("none") && ctx.config().columns().timestamp() == null) {
            b.notRun("the metric per " + window + " scoring window: no timestamp column is declared "
                    + "(columns.timestamp), so the test metric cannot be computed per window to match it");
        }
        return new Measured(m, undeclared, ctx.metric("test", m.primary()), PeriodAnalysis.measure(ctx, b),
                UnitAnalysis.measure(ctx, b), SamplingAnalysis.measure(ctx, b));
    }

    /**
     * Every part of the definition declared; the primary metric defined on test and named by the team; no scoring
     * window of test or validation below a hard limit on the primary metric (judged on the window's interval: FAIL
     * when it lies wholly below, WARN when it straddles the limit); the spread between windows at most
     * {@code checks.metrics_definition.max_window_spread} of the whole period's value; the metric per evaluation
     * unit within {@code max_unit_gap} of the per-row value; the test class balance as production's.
     */
    @Override
    protected List<Condition<Measured>> conditions(CheckContext ctx) {
        double maxSpread = ctx.settings().metricsDefinition().maxWindowSpread();
        double maxGap = ctx.settings().metricsDefinition().maxUnitGap();
        List<Goal> hardLimits = ctx.config().goals().stream().filter(g -> g.hard()
                && g.metric().equals(ctx.primaryMetric())).toList();
        Threshold spreadBar = Threshold.atMost(maxSpread, ctx.settings().source(
                "metrics_definition.max_window_spread"));
        return List.of(
                Condition.of("definition-declared", "the scoring window, evaluation unit and sampling are declared",
                        m -> m.undeclared().isEmpty() ? null : ConditionResult.fail("definition-declared",
                                m.undeclared().size() + " part(s) of the metric definition are undeclared: "
                                        + String.join(", ", m.undeclared()))),
                Condition.of("primary-defined", "the primary metric is defined on test", m ->
                        m.primary().isDefined() ? null : ConditionResult.fail("primary-defined", "the primary "
                                + "metric " + m.definition().primary() + " is undefined on test: "
                                + m.primary().undefinedReason())),
                Condition.each("windows-meet-hard-limits", "every scoring window meets each hard limit on the "
                        + "primary metric, judged on the window's 95% interval", m -> m.periods().stream()
                        .flatMap(p -> hardLimits.stream().map(g -> windows(p, g))).filter(Objects::nonNull)
                        .toList()),
                Condition.each("window-spread", "the primary metric varies between scoring windows by at most "
                        + Figures.percent(maxSpread) + " of the whole period's value", m -> m.periods().stream()
                        .map(p -> spread(p, maxSpread).on(PeriodAnalysis.spreadId(p.role()), spreadBar)).toList()),
                Condition.of("unit-gap", "the primary metric per evaluation unit is within " + Figures.format(maxGap)
                        + " of the per-row value", m -> m.unit() == null ? null : ConditionResult.of("unit-gap",
                        m.unit().gap() <= maxGap, Status.WARN, m.unit().metric() + " is " + Figures.format(
                        m.unit().perUnit().value()) + " per " + m.unit().by() + " but " + Figures.format(
                        m.unit().perRow().value()) + " per row: report the per-" + m.unit().by() + " figure, the "
                        + "one the product is judged by").on(UnitAnalysis.ID, Threshold.atMost(maxGap,
                        ctx.settings().source("metrics_definition.max_unit_gap")))),
                Condition.of("class-mix-as-production", "the test class balance is production's (declared "
                        + "metrics.production_priors)", m -> m.classMix() == null ? null : ConditionResult.warn(
                        "class-mix-as-production", "the test class balance differs from production ("
                                + m.classMix() + "): read the reweighted metrics, and re-check the decision "
                                + "threshold on production's mix")),
                Condition.of("primary-named", "the primary metric is the team's, not Greenlight's default", m ->
                        m.definition().primaryDeclared() ? null : ConditionResult.warn("primary-named", "the primary "
                                + "metric is Greenlight's default (" + m.definition().primary() + "); name the one "
                                + "the product is judged by")));
    }

    /** The windows of one dataset against one hard limit: FAIL when some miss it, WARN when some are not known. */
    private static ConditionResult windows(PeriodAnalysis.Periods p, Goal g) {
        List<String> missed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (PeriodAnalysis.WindowMetric w : p.windows()) {
            BoundVerdict v = w.against(g);
            String named = w.label() + " (" + Figures.format(w.value()) + ")";
            if (v.outcome() == BoundVerdict.Outcome.MISSED) {
                missed.add(named);
            } else if (v.outcome() == BoundVerdict.Outcome.NOT_YET_KNOWN) {
                unknown.add(named);
            }
        }
        String whole = p.whole().isDefined() ? ", although the whole period's " + p.metric() + " is "
                + Figures.format(p.whole().value()) : "";
        if (!missed.isEmpty()) {
            return ConditionResult.fail("windows-meet-hard-limits", missed.size() + " of " + p.windows().size() + " "
                    + p.window() + " windows of the " + p.role() + " data miss the hard limit " + p.metric() + " "
                    + g.bound() + ": " + String.join(", ", missed.subList(0, Math.min(5, missed.size()))) + whole);
        }
        if (!unknown.isEmpty()) {
            return ConditionResult.warn("windows-meet-hard-limits", unknown.size() + " of " + p.windows().size()
                    + " " + p.window() + " windows of the " + p.role() + " data are not yet known against the hard "
                    + "limit " + p.metric() + " " + g.bound() + " (their 95% intervals straddle it): " + String.join(
                    ", ", unknown.subList(0, Math.min(5, unknown.size()))));
        }
        return ConditionResult.pass("windows-meet-hard-limits", "every " + p.window() + " window of the " + p.role()
                + " data meets " + p.metric() + " " + g.bound());
    }

    private static ConditionResult spread(PeriodAnalysis.Periods p, double maxSpread) {
        double relative = p.relativeSpread();
        return ConditionResult.of("window-spread", relative <= maxSpread, Status.WARN, p.metric() + " varies between "
                + p.window() + " windows of the " + p.role() + " data from " + Figures.format(p.min()) + " to "
                + Figures.format(p.max()) + (p.whole().isDefined() ? " around " + Figures.format(p.whole().value())
                + " for the whole period" : "") + ", a spread of " + Figures.percent(relative) + " (limit "
                + Figures.percent(maxSpread) + "): a production dashboard will show swings of that size");
    }

    @Override
    protected String passSummary(Measured m) {
        MetricsDefinition d = m.definition();
        return "Primary metric " + d.primary() + ", scoring window " + d.scoringWindow() + ", evaluation unit '"
                + d.aggregation() + "', sampling '" + d.sampling() + "'.";
    }

    @Override
    protected String recommendation(Measured m, Status status, List<ConditionResult> unmet) {
        return m.undeclared().isEmpty() ? null : "Declare each under 'metrics:' in the configuration so the same "
                + "definition is used in training and in production.";
    }

    private static void declared(Measurements b, List<String> undeclared, String what, String value, String key,
                                 String question) {
        if (value == null) {
            b.openQuestion(new OpenQuestion(key, question));
            undeclared.add(key);
        } else {
            b.evidence(Evidence.text(key, what, value, key));
        }
    }
}
