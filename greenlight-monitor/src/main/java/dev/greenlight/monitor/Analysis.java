package dev.greenlight.monitor;

import dev.greenlight.table.Table;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One analysis of a period against a fitted reference, in two steps: the figures of each chunk ({@link #figures}),
 * then the judgements across chunks ({@link #judge}): alerts, changes, the drift ranking and the recommendation.
 */
final class Analysis {
    private final FittedReference ref;
    private final MonitorColumns columns;
    private final MonitorOptions options;

    Analysis(FittedReference ref) {
        this.ref = ref;
        this.columns = ref.columns();
        this.options = ref.options();
    }

    /** Each chunk's figures, analysed in parallel: chunks are independent and the fitted reference is read-only. */
    ChunkFigures figures(Table table, Table labels) {
        String what = "the analysis data";
        FittedReference.project(table, ref.features(), what);
        Table analysis = ref.aligned(table);
        List<String> notes = new ArrayList<>(ref.notes());
        ModelOutputs out = ModelOutputs.read(analysis, columns, ref.classes(), what);
        LabelJoin.Truth truth = LabelJoin.analysis(analysis, labels, columns, ref.classes());
        double[] times = columns.timestamp() == null ? null : Chunker.timestamps(analysis, columns.timestamp(), what);
        List<Chunker.Chunk> chunks = Chunker.chunks(analysis, columns.timestamp(), options.chunking(), what);
        List<String> sink = java.util.Collections.synchronizedList(notes);
        ChunkResult[] analysed = new ChunkResult[chunks.size()];
        java.util.stream.IntStream.range(0, chunks.size()).parallel().forEach(k -> {
            Chunker.Chunk c = chunks.get(k);
            var realized = ref.realized(out, truth, c.rows());
            var estimated = ref.estimates(analysis, out, c.rows());
            var drift = ref.driftOf(analysis, c.rows(), sink);
            double[] mv = ref.multivariateOf(analysis, c.rows(), sink);
            var quality = ref.quality().measure(analysis, c.rows());
            analysed[k] = ref.chunkResult(Period.ANALYSIS, c, truth, realized, estimated, drift, mv, quality,
                    delay(times, truth.labelTimes(), c.rows()), true);
        });
        double last = times == null ? Double.NaN
                : Arrays.stream(times).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        return new ChunkFigures(List.of(analysed), truth.summary(), notes, analysis.rowCount(), last,
                chunks.isEmpty() ? null : chunks.get(chunks.size() - 1).periodEnd());
    }

    /** The judgements across the analysis chunks, and the result with the reference chunks first. */
    MonitorResult judge(ChunkFigures figures) {
        List<ChunkResult> results = new ArrayList<>(ref.referenceChunks());
        results.addAll(figures.chunks());
        List<ChunkResult> analysed = figures.chunks();
        List<Alert> alerts = new ArrayList<>();
        LabelSummary summary = figures.labels();
        if (summary.unknownIds() > 0 || summary.duplicateIds() > 0) {
            alerts.add(new Alert(Alert.Kind.LABELS, "labels", Period.ANALYSIS, -1, summary.unknownIds()
                    + summary.duplicateIds(), Double.NaN, Double.NaN, summary.unknownIds() + " labels have an id no "
                    + "analysis row has and " + summary.duplicateIds() + " repeat an id (" + summary.conflictingIds()
                    + " of them with a different label); the first label of an id is used"
                    + (summary.examples().isEmpty() ? "" : ": " + String.join(", ", summary.examples()))));
        }
        for (ChunkResult c : analysed) {
            alerts.addAll(alertsOf(c));
        }
        List<Change> changes = changes(analysed);
        for (Change ch : changes) {
            if (ch.series().startsWith("realized.") || ch.series().startsWith("estimated.")) {
                alerts.add(new Alert(Alert.Kind.CHANGE, ch.series(), ch.period(), ch.chunk(), ch.shift(), Double.NaN,
                        Double.NaN, ch.message()));
            }
        }
        List<MonitorResult.RankedColumn> ranking = ranking(analysed);
        Recommendation rec = Recommender.recommend(analysed, alerts, changes, ranking, ref.features().size(),
                columns, options.rules());
        return new MonitorResult(columns, options.chunking().toString(), ref.metrics(), ref.estimator(),
                ref.calibrated(), results, summary, alerts, changes, ranking, rec, figures.notes());
    }

    private static ChunkResult.LabelDelay delay(double[] times, double[] labelTimes, int[] rows) {
        if (times == null) {
            return null;
        }
        double[] d = Arrays.stream(rows).mapToDouble(r -> labelTimes[r] - times[r]).filter(v -> !Double.isNaN(v))
                .sorted().toArray();
        if (d.length == 0) {
            return null;
        }
        return new ChunkResult.LabelDelay(d.length, quantile(d, 0.5), quantile(d, 0.9), d[d.length - 1]);
    }

    /** numpy's default (linear) quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private List<Alert> alertsOf(ChunkResult c) {
        List<Alert> out = new ArrayList<>();
        c.realized().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            var v = e.getValue();
            if (v.alert()) {
                out.add(new Alert(Alert.Kind.REALIZED, e.getKey(), c.period(), c.index(), v.value(),
                        v.lowerThreshold(), v.upperThreshold(), "realized " + e.getKey() + " " + Figures.format(v.value())
                        + " in " + c.describe() + " is outside the reference band [" + Figures.format(v.lowerThreshold())
                        + ", " + Figures.format(v.upperThreshold()) + "]" + goalText(e.getKey(), v.value())));
            }
        });
        c.estimated().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            var v = e.getValue();
            if (v.alert()) {
                out.add(new Alert(Alert.Kind.ESTIMATED, e.getKey(), c.period(), c.index(), v.value(),
                        v.lowerThreshold(), v.upperThreshold(), "estimated " + e.getKey() + " " + Figures.format(v.value())
                        + " in " + c.describe() + " is outside the reference band [" + Figures.format(v.lowerThreshold())
                        + ", " + Figures.format(v.upperThreshold()) + "]" + goalText(e.getKey(), v.value())));
            }
        });
        c.drift().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            var v = e.getValue();
            if (v.alert()) {
                out.add(new Alert(Alert.Kind.DRIFT, e.getKey(), c.period(), c.index(), v.statistic(), Double.NaN,
                        v.upperThreshold(), "'" + e.getKey() + "' drifted in " + c.describe() + ": " + v.test() + " "
                        + Figures.format(v.statistic()) + " above the reference chunks' " + Figures.format(
                        v.upperThreshold())));
            }
        });
        var mv = c.multivariate();
        if (mv != null && mv.domainClassifierAlert()) {
            out.add(new Alert(Alert.Kind.MULTIVARIATE, "domain_classifier", c.period(), c.index(),
                    mv.domainClassifierAuc(), Double.NaN, mv.domainClassifierUpper(), "a classifier tells "
                    + c.describe() + " from the reference (AUC " + Figures.format(mv.domainClassifierAuc())
                    + ", reference chunks up to " + Figures.format(mv.domainClassifierUpper()) + ")"));
        }
        if (mv != null && mv.reconstructionAlert()) {
            out.add(new Alert(Alert.Kind.MULTIVARIATE, "reconstruction_error", c.period(), c.index(),
                    mv.reconstructionError(), mv.reconstructionLower(), mv.reconstructionUpper(), "PCA "
                    + "reconstruction error " + Figures.format(mv.reconstructionError()) + " in " + c.describe()
                    + " is outside the reference band [" + Figures.format(mv.reconstructionLower()) + ", "
                    + Figures.format(mv.reconstructionUpper()) + "]"));
        }
        c.quality().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            var q = e.getValue();
            if (q.missingAlert()) {
                out.add(qualityAlert(c, e.getKey(), "missing", q.missing()));
            }
            if (q.unseenAlert()) {
                out.add(qualityAlert(c, e.getKey(), "unseen categories", q.unseen()));
            }
            if (q.outOfRangeAlert()) {
                out.add(qualityAlert(c, e.getKey(), "values outside the reference range", q.outOfRange()));
            }
        });
        return out;
    }

    private String goalText(String metric, double value) {
        Double goal = options.goals().get(metric);
        return goal != null && ref.worseThanGoal(metric, value) ? " and worse than the goal " + Figures.format(goal)
                : "";
    }

    private static Alert qualityAlert(ChunkResult c, String column, String what, double share) {
        return new Alert(Alert.Kind.QUALITY, column, c.period(), c.index(), share, Double.NaN, Double.NaN,
                "'" + column + "' in " + c.describe() + ": " + Figures.format(100 * share) + "% " + what
                        + ", more than the reference rate explains by chance");
    }

    /** The change-point test on every series of the analysis chunks, Bonferroni-corrected over the series. */
    private List<Change> changes(List<ChunkResult> chunks) {
        Map<String, ToDoubleFunction<ChunkResult>> series = new LinkedHashMap<>();
        for (String m : ref.metrics()) {
            series.put("realized." + m, c -> c.realized().containsKey(m) ? c.realized().get(m).value() : Double.NaN);
            series.put("estimated." + m, c -> c.estimated().containsKey(m) ? c.estimated().get(m).value()
                    : Double.NaN);
        }
        for (String f : ref.features()) {
            series.put("drift." + f, c -> c.drift().containsKey(f) ? c.drift().get(f).statistic() : Double.NaN);
        }
        series.put("multivariate.domain_classifier", c -> c.multivariate() == null ? Double.NaN
                : c.multivariate().domainClassifierAuc());
        series.put("multivariate.reconstruction_error", c -> c.multivariate() == null ? Double.NaN
                : c.multivariate().reconstructionError());
        for (String f : ref.features()) {
            series.put("quality." + f + ".missing", c -> c.quality().containsKey(f) ? c.quality().get(f).missing()
                    : Double.NaN);
            series.put("quality." + f + ".unseen", c -> c.quality().containsKey(f) ? c.quality().get(f).unseen()
                    : Double.NaN);
            series.put("quality." + f + ".out_of_range", c -> c.quality().containsKey(f)
                    ? c.quality().get(f).outOfRange() : Double.NaN);
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, double[]> scale = new LinkedHashMap<>();
        series.forEach((name, f) -> {
            double[] v = chunks.stream().mapToDouble(f).toArray();
            int[] present = ChangePoints.present(v);
            boolean varies = present.length > 0 && java.util.Arrays.stream(present).mapToDouble(i -> v[i])
                    .distinct().count() > 1;
            if (present.length >= ChangePoints.MIN_LENGTH && varies) {
                values.put(name, v);
                scale.put(name, ref.referenceChunks().stream().mapToDouble(f).toArray());
            }
        });
        List<Change> out = new ArrayList<>();
        if (values.isEmpty()) {
            return out;
        }
        double alpha = options.changeAlpha() / values.size();
        int permutations = (int) Math.max(options.permutations(), Math.ceil(3 / alpha));
        long seed = options.seed();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            int[] at = ChangePoints.present(e.getValue());
            double[] x = Arrays.stream(at).mapToDouble(i -> e.getValue()[i]).toArray();
            ChangePoints.Found f = ChangePoints.test(x, scale.get(e.getKey()), alpha, permutations, seed++);
            if (f == null) {
                continue;
            }
            ChunkResult c = chunks.get(at[f.position()]);
            Change.Shape shape = f.trend() ? Change.Shape.TREND : Change.Shape.STEP;
            String msg = f.trend()
                    ? e.getKey() + " trends by " + Figures.format(f.shift()) + " over the analysis chunks (p = "
                    + Figures.format(f.pValue()) + ")"
                    : e.getKey() + " steps from " + Figures.format(f.before()) + " to " + Figures.format(f.after())
                    + " at " + c.describe() + " (p = " + Figures.format(f.pValue()) + ")";
            out.add(new Change(e.getKey(), shape, c.period(), c.index(), f.before(), f.after(), f.shift(),
                    f.pValue(), msg));
        }
        return out;
    }

    private List<MonitorResult.RankedColumn> ranking(List<ChunkResult> chunks) {
        List<MonitorResult.RankedColumn> out = new ArrayList<>();
        for (String f : ref.features()) {
            int alerted = 0;
            int compared = 0;
            for (ChunkResult c : chunks) {
                if (c.drift().containsKey(f)) {
                    compared++;
                    alerted += c.drift().get(f).alert() ? 1 : 0;
                }
            }
            if (compared > 0) {
                out.add(new MonitorResult.RankedColumn(f, alerted, compared));
            }
        }
        out.sort(Comparator.comparingInt(MonitorResult.RankedColumn::alertedChunks).reversed()
                .thenComparing(MonitorResult.RankedColumn::column));
        return out;
    }
}
