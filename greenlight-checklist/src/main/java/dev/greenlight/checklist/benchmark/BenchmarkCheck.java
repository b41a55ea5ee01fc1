package dev.greenlight.checklist.benchmark;

import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.Judgement;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.config.GreenlightConfig.SplitInfo;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.split.SplitManifest;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.ConfusionMatrix;
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Item 3: are the metrics known on train and test, with a documented, reproducible split? Shows every metric on
 * every labelled dataset side by side, flags an overfitting gap on the primary metric above
 * {@code checks.benchmark.max_gap} (relative to the train value, default 5%), records the split manifest (rows and
 * content hash of each file, the declared method) and looks for rows shared by train and test.
 */
public final class BenchmarkCheck extends ItemCheck {
    /** Test share that may differ from the declared test_size before it is reported (rounding, dropped rows). */
    static final double TEST_SHARE_TOLERANCE = 0.02;
    static final int MAX_SCATTER_POINTS = 2000;

    public BenchmarkCheck() {
        super(ChecklistItem.BENCHMARK);
    }

    @Override
    public CheckResult run(CheckContext ctx) {
        CheckResult.Builder b = CheckResult.builder(info());
        Judgement j = new Judgement();
        List<String> evaluated = ctx.data().datasets().values().stream().filter(d -> d.outcomes() != null)
                .map(PreparedDataset::role).toList();
        metricsTable(ctx, b, evaluated);

        String primary = ctx.primaryMetric();
        MetricValue train = ctx.metric("train", primary);
        MetricValue test = ctx.metric("test", primary);
        if (!train.isDefined()) {
            j.raise(Status.WARN, "train " + primary + " unknown (" + train.undefinedReason() + "), so overfitting "
                    + "cannot be judged");
        } else if (test.isDefined()) {
            Direction d = MetricCatalog.direction(ctx.data().task(), primary);
            double gap = d.improvement(train.value(), test.value());
            double relative = train.value() == 0 ? gap : gap / Math.abs(train.value());
            double maxGap = ctx.options().benchmark().maxGap();
            b.evidence(Evidence.number("train-test gap of " + primary + " (relative to train)", relative,
                    "(train - test) / |train|, signed so that positive means train is better", test.n(), "test"));
            if (relative > maxGap) {
                j.raise(Status.WARN, "the model is " + Figures.percent(relative) + " better on train than on test ("
                        + primary + " " + Figures.format(train.value()) + " vs " + Figures.format(test.value())
                        + "), above the " + Figures.percent(maxGap) + " limit: a sign of overfitting");
            }
        }
        boolean documented = splitManifest(ctx, b);
        if (!documented) {
            j.raise(Status.FAIL, "the split is not documented");
        }
        verifyManifest(ctx, j);
        RowOverlap overlap = RowOverlap.of(ctx.data().train().table(), ctx.data().test().table(), rowColumns(ctx));
        b.evidence(Evidence.number("share of test rows identical to a train row", overlap.testShare(),
                "exact match on every feature and the target", overlap.testRows(), "test"));
        b.evidence(Evidence.number("share of train rows repeated within train", overlap.trainDuplicateShare(),
                "exact match on every feature and the target; the overlap expected from data like this",
                overlap.trainRows(), "train"));
        if (overlap.excessive()) {
            j.raise(Status.WARN, overlap.sharedTestRows() + " test row(s) (" + Figures.percent(overlap.testShare())
                    + ") also appear in train, more than rows repeat within train ("
                    + Figures.percent(overlap.trainDuplicateShare()) + "): a sign of leakage that inflates the test "
                    + "metrics");
        }
        int testRows = ctx.data().test().outcomes() == null ? 0 : ctx.data().test().outcomes().size();
        int minSize = ctx.options().benchmark().minSliceSize(testRows);
        SampleSizeAnalysis.run(ctx, b);
        SliceAnalysis.run(ctx, b, minSize);
        SegmentAnalysis.run(ctx, b, j, minSize);
        charts(ctx, b, evaluated);

        j.problems().forEach(b::finding);
        String values = "train " + (train.isDefined() ? Figures.format(train.value()) : "unknown") + ", test "
                + (test.isDefined() ? Figures.format(test.value()) : "unknown");
        if (j.isClean()) {
            b.status(Status.PASS, primary + ": " + values + "; the split is documented, train and test share no "
                    + "more rows than chance, and no segment is significantly weaker.");
        } else {
            b.status(j.status(), primary + ": " + values + "; " + String.join("; ", j.problems()) + ".");
        }
        if (!documented) {
            b.recommendation("Declare under 'split:' how train and test were made (method, seed, test size, the "
                    + "script), so anyone can rebuild them.");
        }
        return b.build();
    }

    private static void metricsTable(CheckContext ctx, CheckResult.Builder b, List<String> evaluated) {
        List<String> columns = new ArrayList<>(List.of("metric"));
        evaluated.forEach(r -> {
            columns.add(r + " (n=" + ctx.data().datasets().get(r).outcomes().size() + ")");
            columns.add(r + " 95% interval");
        });
        EvidenceTable.Builder t = EvidenceTable.builder("Metrics by dataset", columns.toArray(String[]::new));
        for (String metric : ctx.metrics("test").keySet()) {
            List<Object> row = new ArrayList<>(List.of(metric));
            for (String r : evaluated) {
                MetricValue v = ctx.metric(r, metric);
                row.add(v.isDefined() ? (Object) v.value() : "undefined");
                ConfidenceInterval ci = ctx.interval(r, metric);
                row.add(ci.isDefined() ? Figures.format(ci.low()) + " – " + Figures.format(ci.high()) : "–");
            }
            t.row(row.toArray());
        }
        b.table(t.note("Same definitions on every dataset (scikit-learn's). 95% intervals: Wilson for accuracy, "
                + "precision and recall, DeLong for ROC AUC, otherwise a percentile bootstrap (1000 resamples "
                + "stratified by class, seed 42).").build());
        for (String r : evaluated) {
            MetricValue v = ctx.metric(r, ctx.primaryMetric());
            if (v.isDefined()) {
                Evidence e = Evidence.number(ctx.primaryMetric() + " (" + r + ")", v.value(),
                        "scikit-learn definition of " + ctx.primaryMetric(), v.n(), r);
                ConfidenceInterval ci = ctx.interval(r, ctx.primaryMetric());
                b.evidence(ci.isDefined() ? e.withInterval(ci.low(), ci.high()) : e);
            }
        }
    }

    /** Adds the split manifest; returns whether the split is documented. */
    private static boolean splitManifest(CheckContext ctx, CheckResult.Builder b) {
        EvidenceTable.Builder t = EvidenceTable.builder("Split manifest", "dataset", "file", "rows", "sha256");
        for (PreparedDataset d : ctx.data().datasets().values()) {
            t.row(d.role(), d.file().fileName(), d.rows(), d.file().sha256());
        }
        SplitInfo split = ctx.config().split();
        if (split == null) {
            b.table(t.note("How the split was made is not declared.").build());
            b.openQuestion(new OpenQuestion("split.method", "How were train and test made (random, stratified, "
                    + "group, time, or predefined), with which seed and test size, by which script?"));
            return false;
        }
        StringBuilder how = new StringBuilder(split.method());
        if (split.seed() != null) {
            how.append(", seed ").append(split.seed());
        }
        if (split.testSize() != null) {
            how.append(", test size ").append(Figures.format(split.testSize()));
        }
        if (split.by() != null) {
            how.append(", by ").append(split.by());
        }
        b.table(t.note("Split: " + how + (split.description() == null ? "" : ". " + split.description())
                + (split.script() == null ? "" : ". Script: " + split.script())).build());
        b.evidence(Evidence.text("split", how.toString(), "split (declared in the configuration)"));
        if (split.testSize() != null) {
            int trainRows = ctx.data().train().rows();
            int testRows = ctx.data().test().rows();
            int validationRows = ctx.data().dataset("validation").map(PreparedDataset::rows).orElse(0);
            double share = (double) testRows / (trainRows + testRows + validationRows);
            if (Math.abs(share - split.testSize()) > TEST_SHARE_TOLERANCE) {
                b.finding("The test set holds " + Figures.percent(share) + " of the rows, but the declared test "
                        + "size is " + Figures.percent(split.testSize()) + ".");
            }
        }
        return true;
    }

    /** Checks train and test against the manifest {@code greenlight split} wrote, when the configuration names one. */
    private static void verifyManifest(CheckContext ctx, Judgement j) {
        var split = ctx.config().split();
        if (split == null || split.manifest() == null) {
            return;
        }
        List<String> differences = SplitManifest.read(split.manifest()).verify(ctx.data().train().file().path(),
                ctx.data().test().file().path());
        if (!differences.isEmpty()) {
            j.raise(Status.WARN, "train or test is not what the split manifest describes: " + String.join("; ",
                    differences));
        }
    }

    /** The columns that identify a row's content: the features and the target. */
    private static List<String> rowColumns(CheckContext ctx) {
        List<String> columns = new ArrayList<>(ctx.data().features().keySet());
        columns.add(ctx.config().target());
        return columns;
    }

    private static void charts(CheckContext ctx, CheckResult.Builder b, List<String> evaluated) {
        List<String> bounded = new ArrayList<>();
        for (Map.Entry<String, MetricValue> e : ctx.metrics("test").entrySet()) {
            double v = e.getValue().value();
            if (e.getValue().isDefined() && v >= 0 && v <= 1 && ctx.data().task().isClassification()
                    && !e.getKey().equals("log_loss")) {
                bounded.add(e.getKey());
            }
        }
        if (bounded.isEmpty()) {
            bounded.add(ctx.primaryMetric());
        }
        List<Chart.Series> series = new ArrayList<>();
        for (String r : evaluated) {
            List<Double> values = new ArrayList<>();
            for (String m : bounded) {
                MetricValue v = ctx.metric(r, m);
                values.add(v.isDefined() ? v.value() : 0.0);
            }
            series.add(new Chart.Series(r, values));
        }
        b.chart(new Chart.Bars("Metrics by dataset", "value", bounded, series, null, null));

        Outcomes test = ctx.data().test().outcomes();
        if (test instanceof ClassificationOutcomes c && c.hasPredictions()) {
            b.chart(confusion(c));
        } else if (test instanceof RegressionOutcomes r) {
            b.chart(residuals(r));
        }
    }

    private static Chart confusion(ClassificationOutcomes c) {
        List<List<Double>> values = new ArrayList<>();
        for (double[] row : ConfusionMatrix.of(c).counts()) {
            List<Double> r = new ArrayList<>();
            for (double v : row) {
                r.add(v);
            }
            values.add(r);
        }
        return new Chart.Heatmap("Confusion matrix (test)", "true label", "predicted label", c.labels(), c.labels(),
                values);
    }

    private static Chart residuals(RegressionOutcomes r) {
        int n = r.size();
        int step = Math.max(1, (n + MAX_SCATTER_POINTS - 1) / MAX_SCATTER_POINTS);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < n; i += step) {
            x.add(r.yPred()[i]);
            y.add(r.yTrue()[i] - r.yPred()[i]);
        }
        return new Chart.Scatter("Residuals on test (true - predicted)" + (step > 1 ? ", every " + step + "th row"
                : ""), "predicted", "residual", x, y, true);
    }
}
