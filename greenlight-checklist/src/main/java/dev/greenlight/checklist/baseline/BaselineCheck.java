package dev.greenlight.checklist.baseline;

import dev.greenlight.baseline.Baseline;
import dev.greenlight.baseline.BaselineFit;
import dev.greenlight.baseline.BaselineInput;
import dev.greenlight.baseline.BaselineOptions;
import dev.greenlight.baseline.Baselines;
import dev.greenlight.baseline.ExistingPredictions;
import dev.greenlight.baseline.StatedBaseline;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
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
public final class BaselineCheck extends ItemCheck {

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

    @Override
    public CheckResult run(CheckContext ctx) {
        CheckResult.Builder b = CheckResult.builder(info());
        String metric = ctx.primaryMetric();
        PreparedDataset test = ctx.data().test();
        PreparedDataset train = ctx.data().train();
        MetricValue model = ctx.metric("test", metric);
        if (!model.isDefined()) {
            return b.status(Status.FAIL, "The model's " + metric + " on test is undefined: "
                    + model.undefinedReason()).recommendation("Choose a primary metric that is defined on the test "
                    + "set, or fix the test data.").build();
        }
        if (train.truth() == null) {
            return b.notApplicable("the training data has no target column, so no baseline can be trained")
                    .build();
        }
        Direction direction = MetricCatalog.direction(ctx.data().task(), metric);
        ConfidenceInterval modelInterval = ctx.interval("test", metric);
        Evidence modelEvidence = Evidence.number("model " + metric + " (test)", model.value(),
                "scikit-learn definition of " + metric + "; interval: " + modelInterval.method(), model.n(), "test");
        b.evidence(modelInterval.isDefined() ? modelEvidence.withInterval(modelInterval.low(), modelInterval.high())
                : modelEvidence);

        List<Scored> scored = score(ctx, b, metric, train, test);
        List<String> names = new ArrayList<>(List.of("model"));
        List<Double> values = new ArrayList<>(List.of(model.value()));
        Scored best = null;
        for (Scored s : scored) {
            b.evidence(Evidence.number("baseline " + s.name() + " " + metric + " (test)", s.value().value(),
                    s.method(), s.value().n(), "test"));
            names.add(s.name());
            values.add(s.value().value());
            if (best == null || direction.better(s.value().value(), best.value().value())) {
                best = s;
            }
        }
        b.chart(new Chart.Bars("Model vs baselines: " + metric + " on test", metric, names,
                List.of(new Chart.Series(metric, values)), null, null));
        if (best == null) {
            return b.notApplicable("no baseline could be evaluated with " + metric).build();
        }
        BaselineComparison.Result c = BaselineComparison.compare(ctx, metric, direction, model, modelInterval, best);
        c.evidence().forEach(b::evidence);
        c.findings().forEach(b::finding);
        double margin = ctx.options().baseline().margin();
        String compared = "the model's " + metric + " " + Figures.format(model.value()) + " against "
                + Figures.format(best.value().value()) + " for the strongest baseline, " + best.name() + " ("
                + best.summary() + ")";
        String interval = c.defined() ? " (95% interval of the improvement " + Figures.format(c.low()) + " to "
                + Figures.format(c.high()) + ")" : "";
        if (c.improvement() > margin && c.defined() && c.low() > 0) {
            b.status(Status.PASS, "The model beats every baseline: " + compared + ", a margin of "
                    + Figures.format(c.improvement()) + interval + (margin > 0 ? "; required: more than "
                    + Figures.format(margin) : "") + ".");
        } else if (c.defined() ? c.high() < margin : c.improvement() <= margin) {
            b.status(Status.FAIL, "The model does not beat the strongest baseline" + (margin > 0 ? " by the required "
                    + "margin of " + Figures.format(margin) : "") + ": " + compared + interval + ".");
            b.recommendation("A model that " + best.name() + " beats adds risk without value: revisit the features "
                    + "and the training, or ship the baseline.");
        } else {
            b.status(Status.WARN, "The model is not distinguishable from " + best.name() + " (" + best.summary()
                    + "): its " + metric + " is " + Figures.format(model.value()) + " against " + Figures.format(
                    best.value().value()) + interval + (c.defined() ? ", an interval that includes no improvement"
                    : "") + ".");
            b.recommendation("On this test set the model is not measurably better than " + best.name() + ": prefer "
                    + "the simpler baseline unless the model brings something else, or collect more test rows to "
                    + "tell them apart.");
        }
        return b.build();
    }

    private static List<Scored> score(CheckContext ctx, CheckResult.Builder b, String metric, PreparedDataset train,
                                      PreparedDataset test) {
        BaselineInput input = BaselineInput.of(train.truth(), train.table(), train.rowsUsed(), test.outcomes(),
                test.table(), test.rowsUsed(), ctx.data().features());
        String ts = ctx.config().columns().timestamp();
        if (ts != null && train.table().has(ts) && test.table().has(ts)) {
            input = input.orderedBy(ts);
        }
        var configured = ctx.options().baseline();
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
            } catch (IllegalArgumentException e) {
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
