package dev.greenlight.checklist.baseline;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.baseline.Baseline;
import dev.greenlight.baseline.BaselineFit;
import dev.greenlight.baseline.BaselineInput;
import dev.greenlight.baseline.BaselineOptions;
import dev.greenlight.baseline.Baselines;
import dev.greenlight.baseline.ExistingPredictions;
import dev.greenlight.baseline.StatedBaseline;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Condition;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.Threshold;
import dev.greenlight.config.GreenlightConfig.TeamBaseline;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Item 1: does the model beat well-defined baselines, by a margin that is real? Greenlight trains its own baselines
 * on the training rows (majority class, stratified random guess with its exact expected metrics, the best
 * single-feature threshold rule, an L2 logistic regression; for regression the train mean and median, the best
 * single-feature line and ridge; for forecasting the last value, seasonal naive and moving average), adds the ones
 * the team brings ({@code baselines:}: an existing system's output column, or a stated number), and scores them all
 * on the test rows with the primary metric.
 *
 * <p>The model is compared with the strongest ({@link BaselineComparison}): the improvement with a 95% interval (a
 * paired bootstrap on the same resampled rows; against a random guess's expectation or a stated number, the
 * model's own interval), and an exact test where one fits (McNemar for accuracy, DeLong for ROC AUC). PASS when the
 * improvement exceeds {@code checks.baseline.margin} (default 0) and its interval excludes zero; FAIL when the whole
 * interval lies below the margin (the model is measurably not better by that much); WARN in between, when the test
 * set cannot tell the model from the baseline.
 */
public final class BaselineCheck extends ItemCheck<BaselineCheck.Measured> {

    public BaselineCheck() {
        super(ChecklistItem.BASELINE);
    }

    /**
     * One scored baseline.
     *
     * @param method  how it was made, for the evidence table
     * @param summary what it learnt, in a few words, for the verdict
     */
    record Scored(String name, String method, String summary, MetricValue value, BaselineFit fit) {
        boolean isConstant() {
            return fit == null || fit.isRandom();
        }
    }

    /**
     * What the item measured: the model's primary metric on test and, when it is defined, the comparison with the
     * strongest baseline.
     *
     * @param best       the strongest baseline, or null when the model's metric is undefined
     * @param comparison the improvement over it with its interval, or null likewise
     */
    record Measured(String metric, MetricValue model, Scored best, BaselineComparison.Result comparison) {
        String compared() {
            return "the model's " + metric + " " + Figures.format(model.value()) + " against "
                    + Figures.format(best.value().value()) + " for the strongest baseline, " + best.name() + " ("
                    + best.summary() + ")";
        }

        String interval() {
            return comparison.defined() ? " (95% interval of the improvement " + Figures.format(comparison.low())
                    + " to " + Figures.format(comparison.high()) + ")" : "";
        }
    }

    @Override
    protected Measured measure(CheckContext ctx, Measurements out) {
        String metric = ctx.primaryMetric();
        PreparedDataset test = ctx.data().test();
        PreparedDataset train = ctx.data().train();
        MetricValue model = ctx.metric("test", metric);
        if (!model.isDefined()) {
            return new Measured(metric, model, null, null);
        }
        if (train.truth() == null) {
            out.notApplicable("the training data has no target column, so no baseline can be trained");
            return null;
        }
        Direction direction = MetricCatalog.direction(ctx.data().task(), metric);
        ConfidenceInterval modelInterval = ctx.interval("test", metric);
        Evidence modelEvidence = Evidence.number(Evidence.id("model", metric, "test"), "model " + metric + " (test)",
                model.value(), "scikit-learn definition of " + metric + "; interval: " + modelInterval.method(),
                model.n(), "test");
        out.evidence(modelInterval.isDefined() ? modelEvidence.withInterval(modelInterval.low(),
                modelInterval.high()) : modelEvidence);

        List<Scored> scored = score(ctx, out, metric, train, test);
        List<String> names = new ArrayList<>(List.of("model"));
        List<Double> values = new ArrayList<>(List.of(model.value()));
        Scored best = null;
        for (Scored s : scored) {
            out.evidence(Evidence.number(Evidence.id("baseline", s.name(), metric, "test"), "baseline " + s.name()
                    + " " + metric + " (test)", s.value().value(), s.method(), s.value().n(), "test"));
            names.add(s.name());
            values.add(s.value().value());
            if (best == null || direction.better(s.value().value(), best.value().value())) {
                best = s;
            }
        }
        out.chart(new Chart.Bars("Model vs baselines: " + metric + " on test", metric, names,
                List.of(new Chart.Series(metric, values)), null, null));
        if (best == null) {
            out.notApplicable("no baseline could be evaluated with " + metric);
            return null;
        }
        BaselineComparison.Result c = BaselineComparison.compare(ctx, metric, direction, model, modelInterval, best);
        c.evidence().forEach(out::evidence);
        c.findings().forEach(out::finding);
        return new Measured(metric, model, best, c);
    }

    /**
     * The model's metric must be defined; the improvement over the strongest baseline must exceed
     * {@code checks.baseline.margin} with an interval that excludes no improvement (PASS), FAIL when the whole
     * interval lies below the margin, WARN in between.
     */
    @Override
    protected List<Condition<Measured>> conditions(CheckContext ctx) {
        double margin = ctx.settings().baseline().margin();
        Threshold bar = Threshold.above(margin, ctx.settings().source("baseline.margin"));
        return List.of(
                Condition.of("model-metric-defined", "the model's primary metric is defined on test", m ->
                        m.model().isDefined() ? null : ConditionResult.fail("model-metric-defined", "The model's "
                                + m.metric() + " on test is undefined: " + m.model().undefinedReason())),
                Condition.of("beats-strongest-baseline", "the improvement over the strongest baseline exceeds "
                        + Figures.format(margin) + " and its 95% interval excludes no improvement", m -> {
                    if (m.comparison() == null) {
                        return null;
                    }
                    BaselineComparison.Result c = m.comparison();
                    ConditionResult r;
                    if (c.improvement() > margin && c.defined() && c.low() > 0) {
                        r = ConditionResult.pass("beats-strongest-baseline", "the model beats every baseline");
                    } else if (c.defined() ? c.high() < margin : c.improvement() <= margin) {
                        r = ConditionResult.fail("beats-strongest-baseline", "The model does not beat the strongest "
                                + "baseline" + (margin > 0 ? " by the required margin of " + Figures.format(margin)
                                : "") + ": " + m.compared() + m.interval());
                    } else {
                        r = ConditionResult.warn("beats-strongest-baseline", "The model is not distinguishable from "
                                + m.best().name() + " (" + m.best().summary() + "): its " + m.metric() + " is "
                                + Figures.format(m.model().value()) + " against " + Figures.format(
                                m.best().value().value()) + m.interval() + (c.defined() ? ", an interval that "
                                + "includes no improvement" : ""));
                    }
                    return r.on(BaselineComparison.IMPROVEMENT, bar);
                }));
    }

    @Override
    protected String passSummary(Measured m) {
        return "The model beats every baseline: " + m.compared() + ", a margin of "
                + Figures.format(m.comparison().improvement()) + m.interval() + ".";
    }

    @Override
    protected String recommendation(Measured m, Status status, List<ConditionResult> unmet) {
        if (m.comparison() == null) {
            return "Choose a primary metric that is defined on the test set, or fix the test data.";
        }
        if (status == Status.FAIL) {
            return "A model that " + m.best().name() + " beats adds risk without value: revisit the features "
                    + "and the training, or ship the baseline.";
        }
        return "On this test set the model is not measurably better than " + m.best().name() + ": prefer the "
                + "simpler baseline unless the model brings something else, or collect more test rows to tell them "
                + "apart.";
    }

    private static List<Scored> score(CheckContext ctx, Measurements b, String metric, PreparedDataset train,
                                      PreparedDataset test) {
        BaselineInput input = BaselineInput.of(train.truth(), train.table(), train.rowsUsed(), test.outcomes(),
                test.table(), test.rowsUsed(), ctx.data().features());
        String ts = ctx.config().columns().timestamp();
        if (ts != null && train.table().has(ts) && test.table().has(ts)) {
            input = input.orderedBy(ts);
        }
        var configured = ctx.settings().baseline();
        BaselineOptions options = BaselineOptions.DEFAULTS.withWindow(configured.window());
        if (configured.season() != null) {
            options = options.withSeason(configured.season());
        }
        List<Baseline> baselines = new ArrayList<>(Baselines.all(ctx.data().task(), options));
        List<Scored> out = new ArrayList<>();
        for (TeamBaseline t : ctx.config().baselines()) {
            if (t.isStated()) {
                StatedBaseline s = new StatedBaseline(t.name(), t.metric(), t.value(), t.rows(), t.source());
                MetricValue v = s.metricValue(metric);
                if (v.isDefined()) {
                    String stated = "stated by the team" + (t.source() == null ? "" : ": " + t.source());
                    out.add(new Scored(t.name(), stated, stated, v, null));
                } else {
                    b.finding("Baseline '" + t.name() + "' states " + t.metric() + ", not the primary metric "
                            + metric + ", so it is not compared.");
                }
            } else {
                baselines.add(new ExistingPredictions(t.name(), t.column(),
                        ExistingPredictions.Kind.valueOf(t.kind().toUpperCase(Locale.ROOT)), t.description()));
            }
        }
        for (Baseline baseline : baselines) {
            BaselineFit fit;
            try {
                fit = baseline.fit(input);
            } catch (InvalidDataException e) {
                b.finding("Baseline '" + baseline.name() + "' could not be trained: " + e.getMessage() + ".");
                continue;
            }
            MetricValue v = fit.metric(metric);
            if (!v.isDefined()) {
                b.finding("Baseline '" + baseline.name() + "': " + metric + " undefined (" + v.undefinedReason()
                        + ").");
                continue;
            }
            out.add(new Scored(baseline.name(), baseline.description() + ": " + fit.summary() + "; trained on "
                    + train.truth().size() + " train rows", fit.summary(), v, fit));
        }
        return out;
    }
}
