package dev.greenlight.checklist.benchmark;

import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Condition;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.Threshold;
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
import dev.greenlight.slices.Segment;
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
public final class BenchmarkCheck extends ItemCheck<BenchmarkCheck.Measured> {
    /** Test share that may differ from the declared test_size before it is reported (rounding, dropped rows). */
    static final double TEST_SHARE_TOLERANCE = 0.02;
    static final int MAX_SCATTER_POINTS = 2000;
    static final String GAP = "overfitting_gap";

    public BenchmarkCheck() {
        super(ChecklistItem.BENCHMARK);
    }

    /**
     * What the item measured.
     *
     * @param gap                 the train-test gap of the primary metric, or null when it cannot be measured
     * @param gapUnknownBecause   why there is no gap, or null
     * @param documented          whether the split is declared
     * @param manifestDifferences how train and test differ from the split manifest (empty when none is named)
     * @param overlap             rows shared between train and test
     * @param weakSegments        segments of the test data where the model does significantly worse
     */
    record Measured(String primary, MetricValue train, MetricValue test, OverfittingGap gap, String gapUnknownBecause,
                    boolean documented, List<String> manifestDifferences, RowOverlap overlap,
                    List<Segment> weakSegments) {
        String values() {
            return "train " + (train.isDefined() ? Figures.format(train.value()) : "unknown") + ", test "
                    + (test.isDefined() ? Figures.format(test.value()) : "unknown");
        }
    }

    @Override
    protected Measured measure(CheckContext ctx, Measurements b) {
        List<String> evaluated = ctx.data().datasets().values().stream().filter(d -> d.outcomes() != null)
                .map(PreparedDataset::role).toList();
        metricsTable(ctx, b, evaluated);

        String primary = ctx.primaryMetric();
        MetricValue train = ctx.metric("train", primary);
        MetricValue test = ctx.metric("test", primary);
        OverfittingGap gap = null;
        String gapUnknown = null;
        if (!train.isDefined()) {
            gapUnknown = "train " + primary + " unknown (" + train.undefinedReason() + ")";
        } else if (test.isDefined()) {
            Direction d = MetricCatalog.direction(ctx.data().task(), primary);
            gap = OverfittingGap.of(d, train, test, ctx.interval("train", primary), ctx.interval("test", primary));
            Evidence e = Evidence.number(GAP, "train-test gap of " + primary + " (relative to train)",
                    gap.relative(), "(train - test) / |train|, signed so that positive means train is better; "
                    + (gap.hasInterval() ? "95% interval from the two datasets' intervals (independent samples, "
                    + "normal approximation)" : "no interval: a metric's interval is undefined"), test.n(), "test");
            b.evidence(gap.hasInterval() ? e.withInterval(gap.low(), gap.high()) : e);
        }
        boolean documented = splitManifest(ctx, b);
        List<String> differences = manifestDifferences(ctx);
        RowOverlap overlap = RowOverlap.of(ctx.data().train().table(), ctx.data().test().table(), rowColumns(ctx));
        b.evidence(Evidence.number("test_rows_in_train", "share of test rows identical to a train row",
                overlap.testShare(), "exact match on every feature and the target", overlap.testRows(), "test"));
        b.evidence(Evidence.number("train_rows_repeated", "share of train rows repeated within train",
                overlap.trainDuplicateShare(), "exact match on every feature and the target; the overlap expected "
                + "from data like this", overlap.trainRows(), "train"));
        int testRows = ctx.data().test().outcomes() == null ? 0 : ctx.data().test().outcomes().size();
        int minSize = ctx.settings().benchmark().minSliceSize(testRows);
        SampleSizeAnalysis.run(ctx, b);
        SliceAnalysis.run(ctx, b, minSize);
        List<Segment> weak = SegmentAnalysis.measure(ctx, b, minSize);
        charts(ctx, b, evaluated);
        return new Measured(primary, train, test, gap, gapUnknown, documented, differences, overlap, weak);
    }

    /**
     * The split is documented and matches its manifest; train is not better than test by more than
     * {@code checks.benchmark.max_gap} (judged on the gap's interval: PASS when it lies wholly within the limit,
     * WARN when wholly beyond it or when it straddles it, not yet known); test rows repeat train rows no more than
     * rows repeat within train; no weak segment.
     */
    @Override
    protected List<Condition<Measured>> conditions(CheckContext ctx) {
        double maxGap = ctx.settings().benchmark().maxGap();
        Threshold gapBar = Threshold.atMost(maxGap, ctx.settings().source("benchmark.max_gap"));
        return List.of(
                Condition.of("split-documented", "the split is declared under split:", m -> ConditionResult.of(
                        "split-documented", m.documented(), Status.FAIL, "the split is not documented")),
                Condition.of("split-matches-manifest", "train and test are what the split manifest describes", m ->
                        m.manifestDifferences().isEmpty() ? null : ConditionResult.warn("split-matches-manifest",
                                "train or test is not what the split manifest describes: " + String.join("; ",
                                        m.manifestDifferences()))),
                Condition.of("no-overfitting", "the train-test gap of the primary metric is at most "
                        + Figures.percent(maxGap) + " of train, judged on its 95% interval", m -> gap(m, maxGap)
                        == null ? null : gap(m, maxGap).on(GAP, gapBar)),
                Condition.of("gap-measured", "the train metric is known, so overfitting can be judged", m ->
                        m.gapUnknownBecause() == null ? null : ConditionResult.warn("gap-measured",
                                m.gapUnknownBecause() + ", so overfitting cannot be judged")),
                Condition.of("no-leakage-by-shared-rows", "test rows repeat train rows no more often than rows "
                        + "repeat within train", m -> ConditionResult.of("no-leakage-by-shared-rows",
                        !m.overlap().excessive(), Status.WARN, m.overlap().sharedTestRows() + " test row(s) ("
                                + Figures.percent(m.overlap().testShare()) + ") also appear in train, more than rows "
                                + "repeat within train (" + Figures.percent(m.overlap().trainDuplicateShare())
                                + "): a sign of leakage that inflates the test metrics")),
                Condition.of("no-weak-segment", "no segment of the test data is significantly weaker (corrected "
                        + "p-value below " + Figures.format(ctx.settings().benchmark().segmentAlpha()) + ")", m ->
                        m.weakSegments().isEmpty() ? null : ConditionResult.warn("no-weak-segment",
                                m.weakSegments().size() + " weak segment(s) on test, the worst: " + String.join("; ",
                                        m.weakSegments().subList(0, Math.min(3, m.weakSegments().size())).stream()
                                                .map(Segment::description).toList()))));
    }

    private static ConditionResult gap(Measured m, double maxGap) {
        OverfittingGap g = m.gap();
        if (g == null) {
            return null;
        }
        String values = m.primary() + " " + Figures.format(m.train().value()) + " vs " + Figures.format(
                m.test().value());
        if (!g.hasInterval()) {
            return ConditionResult.of("no-overfitting", g.relative() <= maxGap, Status.WARN, "the model is "
                    + Figures.percent(g.relative()) + " better on train than on test (" + values + "), above the "
                    + Figures.percent(maxGap) + " limit: a sign of overfitting");
        }
        String interval = " (95% interval " + Figures.percent(g.low()) + " to " + Figures.percent(g.high()) + ")";
        if (g.high() <= maxGap) {
            return ConditionResult.pass("no-overfitting", "the train-test gap is within the limit");
        }
        if (g.low() > maxGap) {
            return ConditionResult.warn("no-overfitting", "the model is " + Figures.percent(g.relative())
                    + " better on train than on test (" + values + ")" + interval + ", above the "
                    + Figures.percent(maxGap) + " limit: a sign of overfitting");
        }
        return ConditionResult.warn("no-overfitting", "overfitting not yet known: the model is "
                + Figures.percent(g.relative()) + " better on train than on test (" + values + ")" + interval
                + ", an interval that straddles the " + Figures.percent(maxGap) + " limit");
    }

    @Override
    protected String passSummary(Measured m) {
        return m.primary() + ": " + m.values() + "; the split is documented, train and test share no more rows "
                + "than chance, and no segment is significantly weaker.";
    }

    @Override
    protected String summary(Measured m, Status status, List<ConditionResult> unmet) {
        return m.primary() + ": " + m.values() + "; " + join(unmet);
    }

    @Override
    protected String recommendation(Measured m, Status status, List<ConditionResult> unmet) {
        return m.documented() ? null : "Declare under 'split:' how train and test were made (method, seed, test "
                + "size, the script), so anyone can rebuild them.";
    }

    private static void metricsTable(CheckContext ctx, Measurements b, List<String> evaluated) {
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
                Evidence e = Evidence.number(Evidence.id(ctx.primaryMetric(), r), ctx.primaryMetric() + " (" + r
                        + ")", v.value(),
                        "scikit-learn definition of " + ctx.primaryMetric(), v.n(), r);
                ConfidenceInterval ci = ctx.interval(r, ctx.primaryMetric());
                b.evidence(ci.isDefined() ? e.withInterval(ci.low(), ci.high()) : e);
            }
        }
    }

    /** Adds the split manifest; returns whether the split is documented. */
    private static boolean splitManifest(CheckContext ctx, Measurements b) {
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
        b.evidence(Evidence.text("split", "split", how.toString(), "split (declared in the configuration)"));
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

    /** How train and test differ from the manifest {@code greenlight split} wrote, when the configuration names one. */
    private static List<String> manifestDifferences(CheckContext ctx) {
        var split = ctx.config().split();
        if (split == null || split.manifest() == null) {
            return List.of();
        }
        return SplitManifest.read(split.manifest()).verify(ctx.data().train().file().path(),
                ctx.data().test().file().path());
    }

    /** The columns that identify a row's content: the features and the target. */
    private static List<String> rowColumns(CheckContext ctx) {
        List<String> columns = new ArrayList<>(ctx.data().features().keySet());
        columns.add(ctx.config().target());
        return columns;
    }

    private static void charts(CheckContext ctx, Measurements b, List<String> evaluated) {
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
