package dev.greenlight.monitor;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.Bootstrap;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricIntervals;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What monitoring learns from the reference once, and reuses for every analysis: the classes, the calibration and
 * the CBPE or DLE model, the reference chunks with all their figures, and every threshold (the band of each
 * metric, each feature's drift statistic, the multivariate figures and the quality rates). Immutable and safe to
 * share between threads: {@link #analyse} only reads it.
 */
public final class FittedReference {
    /** Bootstrap resamples per chunk where a metric has no analytic interval (F1, for instance). */
    static final int CHUNK_RESAMPLES = 200;
    /** Metrics with an analytic interval in {@link MetricIntervals}. */
    private static final java.util.Set<String> ANALYTIC = java.util.Set.of("roc_auc", "accuracy", "precision",
            "recall");
    static final String SAMPLING_ERROR_METHOD = "normal, standard error from the reference's per-row spread "
            + "(NannyML's sampling error)";

    private final MonitorColumns columns;
    private final MonitorOptions options;
    private final ModelOutputs.ClassSet classes;
    private final List<String> features;
    private final Table referenceFeatures;
    private final List<String> metrics;
    private final Cbpe cbpe;
    private final Dle dle;
    private final Map<String, ReferenceBand> performanceBands;
    private final Map<String, ReferenceBand> driftBands;
    private final ReferenceBand classifierBand;
    private final ReferenceBand reconstructionBand;
    private final QualityAnalysis quality;
    private final List<ChunkResult> referenceChunks;
    private final List<String> notes;

    private FittedReference(Builder b) {
        this.columns = b.columns;
        this.options = b.options;
        this.classes = b.classes;
        this.features = List.copyOf(b.features);
        this.referenceFeatures = b.referenceFeatures;
        this.metrics = List.copyOf(b.metrics);
        this.cbpe = b.cbpe;
        this.dle = b.dle;
        this.performanceBands = Map.copyOf(b.performanceBands);
        this.driftBands = Map.copyOf(b.driftBands);
        this.classifierBand = b.classifierBand;
        this.reconstructionBand = b.reconstructionBand;
        this.quality = b.quality;
        this.referenceChunks = List.copyOf(b.referenceChunks);
        this.notes = List.copyOf(b.notes);
    }

    public MonitorColumns columns() {
        return columns;
    }

    public MonitorOptions options() {
        return options;
    }

    /** The features compared for drift and quality. */
    public List<String> features() {
        return features;
    }

    /** The performance metrics followed. */
    public List<String> metrics() {
        return metrics;
    }

    /** The reference chunks with their figures (their alerts are always false). */
    public List<ChunkResult> referenceChunks() {
        return referenceChunks;
    }

    /** Whether CBPE calibrated the scores. */
    public boolean calibrated() {
        return cbpe != null && cbpe.calibrated();
    }

    /** {@code CBPE}, {@code DLE} or {@code none}. */
    public String estimator() {
        return cbpe != null ? "CBPE" : dle != null ? "DLE" : "none";
    }

    /** Analyses a period without a separate labels table (its own target column is used when present). */
    public MonitorResult analyse(Table analysis) {
        return analyse(analysis, null);
    }

    /**
     * Analyses a period against this reference.
     *
     * @param analysis the analysis rows (model inputs and outputs; the target too when known)
     * @param labels   labels joined by id, or null
     * @throws InvalidDataException naming the table, column and row of the first unusable value
     */
    public MonitorResult analyse(Table analysis, Table labels) {
        Analysis a = new Analysis(this);
        return a.judge(a.figures(analysis, labels));
    }

    /**
     * The first step of {@link #analyse}: the figures of each analysis chunk, without the judgements across chunks.
     * Parts of a period chunked by calendar period can be analysed apart and joined with {@link ChunkFigures#then}.
     *
     * @param labels labels joined by id, or null
     * @throws InvalidDataException naming the table, column and row of the first unusable value
     */
    public ChunkFigures analyseChunks(Table analysis, Table labels) {
        return new Analysis(this).figures(analysis, labels);
    }

    /**
     * The second step of {@link #analyse}: alerts, change points, the drift ranking and the recommendation over the
     * chunks' figures, with the reference chunks first.
     */
    public MonitorResult judge(ChunkFigures figures) {
        return new Analysis(this).judge(figures);
    }

    // ---- fitting -------------------------------------------------------------------------------------------

    static FittedReference fit(Table reference, MonitorColumns columns, MonitorOptions options) {
        Builder b = new Builder();
        b.columns = columns;
        b.options = options;
        String what = "the reference data";
        b.classes = columns.isRegression() ? null : ModelOutputs.ClassSet.of(reference, columns);
        b.features = features(reference, columns);
        b.referenceFeatures = project(reference, b.features, what);
        ModelOutputs out = ModelOutputs.read(reference, columns, b.classes, what);
        LabelJoin.Truth truth = LabelJoin.reference(reference, columns, b.classes);
        List<String> wanted = options.metrics().isEmpty() ? MonitorOptions.defaultMetrics(columns) : options.metrics();
        for (String m : wanted) {
            if (MetricCatalog.find(columns.task(), m).isEmpty()) {
                throw new dev.greenlight.error.InvalidConfigException("unknown metric '" + m + "' for task "
                        + columns.task().key() + "; valid: " + String.join(", ", MetricCatalog.names(columns.task())));
            }
        }
        b.metrics = wanted;
        if (columns.isRegression()) {
            List<String> est = Dle.estimable(wanted);
            if (!est.isEmpty()) {
                b.dle = Dle.fit(reference, b.features, columns.prediction(), truth.values(), out.predictedValue, est);
            }
        } else {
            List<String> est = Cbpe.estimable(wanted, out, b.classes);
            if (!est.isEmpty()) {
                b.cbpe = Cbpe.fit(out, truth.classes(), b.classes, est, options.calibration(), options.seed());
            } else {
                b.notes.add("no performance estimate: CBPE needs scores (and predicted labels for label metrics)");
            }
        }
        List<Chunker.Chunk> chunks = Chunker.chunks(reference, columns.timestamp(), options.chunking(), what);
        if (chunks.size() < 6) {
            b.notes.add("the reference has only " + chunks.size() + " chunks; thresholds learnt from fewer than 6 "
                    + "are unreliable (NannyML's minimum), so choose smaller chunks");
        }
        Map<Integer, Map<String, ChunkResult.Quality>> qualityFigures = new LinkedHashMap<>();
        b.quality = QualityAnalysis.fit(b.referenceFeatures, b.features, chunks, qualityFigures);
        FittedReference partial = new FittedReference(b);
        int k0 = chunks.size();
        List<Map<String, ChunkResult.Realized>> realized = new ArrayList<>(java.util.Collections.nCopies(k0, null));
        List<Map<String, Double>> estimated = new ArrayList<>(java.util.Collections.nCopies(k0, null));
        List<Map<String, ChunkResult.Drift>> drift = new ArrayList<>(java.util.Collections.nCopies(k0, null));
        List<double[]> multivariate = new ArrayList<>(java.util.Collections.nCopies(k0, null));
        List<String> sink = java.util.Collections.synchronizedList(b.notes);
        java.util.stream.IntStream.range(0, k0).parallel().forEach(k -> { // independent chunks, read-only state
            Chunker.Chunk c = chunks.get(k);
            realized.set(k, partial.realized(out, truth, c.rows()));
            estimated.set(k, partial.estimates(reference, out, c.rows()));
            drift.set(k, partial.driftOf(reference, c.rows(), sink));
            multivariate.set(k, partial.multivariateOf(reference, c.rows(), sink));
        });
        for (String m : wanted) {
            double[] values = realized.stream().mapToDouble(r -> r.containsKey(m) ? r.get(m).value() : Double.NaN)
                    .toArray();
            boolean classification = columns.task().isClassification();
            b.performanceBands.put(m, ReferenceBand.of(values, options.sigmas(), classification ? 0 : 0,
                    classification ? 1 : Double.POSITIVE_INFINITY));
        }
        for (String f : b.features) {
            double[] values = drift.stream().mapToDouble(d -> d.containsKey(f) ? d.get(f).statistic() : Double.NaN)
                    .toArray();
            b.driftBands.put(f, ReferenceBand.of(values, options.sigmas(), Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY));
        }
        b.classifierBand = ReferenceBand.of(multivariate.stream().mapToDouble(v -> v[0]).toArray(), options.sigmas(),
                0, 1);
        b.reconstructionBand = ReferenceBand.of(multivariate.stream().mapToDouble(v -> v[1]).toArray(),
                options.sigmas(), 0, Double.POSITIVE_INFINITY);
        FittedReference withBands = new FittedReference(b);
        for (int k = 0; k < chunks.size(); k++) {
            Chunker.Chunk c = chunks.get(k);
            b.referenceChunks.add(withBands.chunkResult(Period.REFERENCE, c, truth, realized.get(k),
                    estimated.get(k), drift.get(k), multivariate.get(k), qualityFigures.getOrDefault(k, Map.of()),
                    null, false));
        }
        return new FittedReference(b);
    }

    /** The features: as given, or every column that is no id, target, output or timestamp. */
    private static List<String> features(Table reference, MonitorColumns c) {
        if (!c.features().isEmpty()) {
            for (String f : c.features()) {
                ModelOutputs.column(reference, f, "the reference data", "a feature");
            }
            return c.features();
        }
        List<String> out = new ArrayList<>();
        for (String name : reference.columnNames()) {
            boolean role = name.equals(c.id()) || name.equals(c.target()) || name.equals(c.score())
                    || name.equals(c.prediction()) || name.equals(c.timestamp()) || name.equals(c.labelTimestamp())
                    || (c.probaPrefix() != null && name.startsWith(c.probaPrefix()));
            if (!role) {
                out.add(name);
            }
        }
        return out;
    }

    static Table project(Table t, List<String> names, String what) {
        List<Column> cols = new ArrayList<>();
        for (String n : names) {
            cols.add(t.find(n).orElseThrow(() -> new InvalidDataException(what + " has no column '" + n + "' (a "
                    + "feature of the reference); columns present: " + String.join(", ", t.columnNames()))));
        }
        return Table.of(cols);
    }

    /**
     * The analysis table with each feature stored as in the reference: a file's type inference can read a column
     * as numbers in one period and as text in the other (one stray value), and every comparison needs one type.
     */
    Table aligned(Table analysis) {
        Table out = analysis;
        for (String f : features) {
            Column ref = referenceFeatures.column(f);
            Column cur = analysis.column(f);
            if (ref.type().isNumericStorage() == cur.type().isNumericStorage()) {
                continue;
            }
            if (ref.type().isNumericStorage()) {
                double[] v = new double[cur.size()];
                for (int i = 0; i < v.length; i++) {
                    String text = cur.format(i);
                    try {
                        v[i] = text == null ? Double.NaN : Double.parseDouble(text.strip());
                    } catch (NumberFormatException e) {
                        v[i] = Double.NaN;
                    }
                }
                out = out.with(new dev.greenlight.table.NumericColumn(f, ref.type(), v));
            } else {
                List<String> v = new ArrayList<>(cur.size());
                for (int i = 0; i < cur.size(); i++) {
                    v.add(cur.format(i));
                }
                out = out.with(dev.greenlight.table.CategoricalColumn.of(f, ref.type(), v));
            }
        }
        return out;
    }

    // ---- per-chunk figures, shared by the reference and the analysis ---------------------------------------

    Map<String, ChunkResult.Realized> realized(ModelOutputs out, LabelJoin.Truth truth, int[] rows) {
        int labelled = 0;
        for (int r : rows) {
            labelled += truth.labelled(r) ? 1 : 0;
        }
        Map<String, ChunkResult.Realized> figures = new LinkedHashMap<>();
        if (labelled == 0) {
            return figures;
        }
        int[] use = new int[labelled];
        int k = 0;
        for (int r : rows) {
            if (truth.labelled(r)) {
                use[k++] = r;
            }
        }
        Outcomes o = columns.isRegression() ? out.outcomes(null, use, null, ModelOutputs.pick(truth.values(), use))
                : out.outcomes(classes, use, ModelOutputs.pick(truth.classes(), use), null);
        Bootstrap bootstrap = Bootstrap.seeded(options.seed()).resamples(CHUNK_RESAMPLES);
        for (String m : metrics) {
            ConfidenceInterval ci;
            try {
                ci = interval(m, o, labelled, bootstrap);
            } catch (InvalidDataException e) {
                continue; // the metric needs outputs this model does not give (e.g. scores)
            }
            ReferenceBand band = performanceBands.getOrDefault(m, ReferenceBand.NONE);
            boolean alert = band.outside(ci.value()) || worseThanGoal(m, ci.value());
            figures.put(m, new ChunkResult.Realized(ci.value(), ci.low(), ci.high(), ci.method(), band.lower(),
                    band.upper(), alert, Double.isNaN(ci.value()) ? ci.undefinedReason() : null));
        }
        return figures;
    }

    /**
     * The metric's value as {@code greenlight metrics} computes it, with its interval: the analytic one where
     * {@link MetricIntervals} has it (DeLong for a binary ROC AUC, Wilson for accuracy, precision and recall);
     * for the other metrics CBPE or DLE estimates, the normal interval of NannyML's sampling error (the
     * reference's per-row spread over the root of the chunk's size), because a bootstrap per chunk costs more than
     * the rest of the analysis; else the seeded bootstrap.
     */
    private ConfidenceInterval interval(String m, Outcomes o, int n, Bootstrap bootstrap) {
        boolean analytic = ANALYTIC.contains(m) && !(m.equals("roc_auc") && !(classes != null && classes.isBinary()));
        double se = samplingError(m, n);
        if (analytic || Double.isNaN(se)) {
            return MetricIntervals.of(columns.task(), m, o, bootstrap, MetricIntervals.LEVEL);
        }
        var v = MetricCatalog.compute(columns.task(), m, o);
        if (!v.isDefined()) {
            return ConfidenceInterval.undefined(m, MetricIntervals.LEVEL, SAMPLING_ERROR_METHOD, n,
                    v.undefinedReason());
        }
        double z = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .inverseCumulativeProbability(0.5 + MetricIntervals.LEVEL / 2);
        return ConfidenceInterval.of(m, v.value(), v.value() - z * se, v.value() + z * se, MetricIntervals.LEVEL,
                SAMPLING_ERROR_METHOD, n);
    }

    Map<String, Double> estimates(Table table, ModelOutputs out, int[] rows) {
        if (cbpe != null) {
            return cbpe.estimate(out, rows);
        }
        if (dle != null) {
            return dle.estimate(table, rows);
        }
        return Map.of();
    }

    double samplingError(String metric, int n) {
        return cbpe != null ? cbpe.samplingError(metric, n) : dle != null ? dle.samplingError(metric, n) : Double.NaN;
    }

    boolean worseThanGoal(String metric, double value) {
        Double goal = options.goals().get(metric);
        if (goal == null || Double.isNaN(value)) {
            return false;
        }
        return MetricCatalog.direction(columns.task(), metric).better(goal, value);
    }

    /** Each feature's drift statistic, chunk against the whole reference (the drift engine's automatic tests). */
    Map<String, ChunkResult.Drift> driftOf(Table table, int[] rows, List<String> sink) {
        Map<String, ChunkResult.Drift> out = new LinkedHashMap<>();
        if (!options.drift() || features.isEmpty()) {
            return out;
        }
        Table chunk = project(table, features, "the data").select(rows);
        dev.greenlight.drift.DriftReport report;
        try {
            report = dev.greenlight.drift.DriftEngine.compare(referenceFeatures, chunk,
                    dev.greenlight.drift.DriftOptions.defaults().withColumns(features).withMultivariate(false));
        } catch (GreenlightException | IllegalArgumentException e) {
            note(sink, "drift not computed for some chunks: " + e.getMessage());
            return out;
        }
        for (dev.greenlight.drift.ColumnDrift d : report.columns()) {
            ReferenceBand band = driftBands.getOrDefault(d.name(), ReferenceBand.NONE);
            out.put(d.name(), new ChunkResult.Drift(d.test(), d.statistic(), d.pValue(), band.upper(),
                    band.above(d.statistic())));
        }
        return out;
    }

    /** {domain classifier AUC, reconstruction error}, NaN where not computed. */
    double[] multivariateOf(Table table, int[] rows, List<String> sink) {
        if (!options.multivariate() || features.isEmpty()) {
            return new double[]{Double.NaN, Double.NaN};
        }
        Table chunk = project(table, features, "the data").select(rows);
        try {
            var mv = dev.greenlight.drift.multivariate.MultivariateDrift.of(referenceFeatures, chunk, features,
                    options.multivariateRows(), options.seed());
            double dc = mv.domainClassifier() == null ? Double.NaN : mv.domainClassifier().auc();
            double re = mv.reconstruction() == null ? Double.NaN : mv.reconstruction().currentError();
            return new double[]{dc, re};
        } catch (GreenlightException | IllegalArgumentException e) {
            note(sink, "multivariate drift not computed for some chunks: " + e.getMessage());
            return new double[]{Double.NaN, Double.NaN};
        }
    }

    private static void note(List<String> sink, String message) {
        synchronized (sink) { // chunks are analysed in parallel
            if (!sink.contains(message)) {
                sink.add(message);
            }
        }
    }

    ChunkResult chunkResult(Period period, Chunker.Chunk c, LabelJoin.Truth truth,
                            Map<String, ChunkResult.Realized> realized, Map<String, Double> estimated,
                            Map<String, ChunkResult.Drift> drift, double[] multivariate,
                            Map<String, ChunkResult.Quality> qualityFigures, ChunkResult.LabelDelay delay,
                            boolean judge) {
        int labelled = 0;
        for (int r : c.rows()) {
            labelled += truth.labelled(r) ? 1 : 0;
        }
        Map<String, ChunkResult.Realized> real = new LinkedHashMap<>();
        realized.forEach((m, v) -> {
            ReferenceBand band = performanceBands.getOrDefault(m, ReferenceBand.NONE);
            real.put(m, judge ? v : new ChunkResult.Realized(v.value(), v.ciLow(), v.ciHigh(), v.method(),
                    band.lower(), band.upper(), false, v.undefinedReason()));
        });
        Map<String, ChunkResult.Estimated> est = new LinkedHashMap<>();
        estimated.forEach((m, v) -> {
            ReferenceBand band = performanceBands.getOrDefault(m, ReferenceBand.NONE);
            boolean alert = judge && (band.outside(v) || worseThanGoal(m, v));
            est.put(m, new ChunkResult.Estimated(v, samplingError(m, c.rows().length), band.lower(), band.upper(),
                    alert));
        });
        Map<String, ChunkResult.Drift> dr = new LinkedHashMap<>();
        drift.forEach((f, d) -> dr.put(f, judge ? d : new ChunkResult.Drift(d.test(), d.statistic(), d.pValue(),
                driftBands.getOrDefault(f, ReferenceBand.NONE).upper(), false)));
        ChunkResult.Multivariate mv = !options.multivariate() ? null : new ChunkResult.Multivariate(multivariate[0],
                classifierBand == null ? Double.NaN : classifierBand.upper(),
                judge && classifierBand != null && classifierBand.above(multivariate[0]), multivariate[1],
                reconstructionBand == null ? Double.NaN : reconstructionBand.lower(),
                reconstructionBand == null ? Double.NaN : reconstructionBand.upper(),
                judge && reconstructionBand != null && reconstructionBand.outside(multivariate[1]));
        return new ChunkResult(period, c.index(), c.firstRow(), c.lastRow(), c.start(), c.end(), c.rows().length,
                labelled, c.partial(), real, est, dr, mv, qualityFigures, delay);
    }

    // accessors for the analysis
    ModelOutputs.ClassSet classes() {
        return classes;
    }

    QualityAnalysis quality() {
        return quality;
    }

    List<String> notes() {
        return notes;
    }

    private static final class Builder {
        MonitorColumns columns;
        MonitorOptions options;
        ModelOutputs.ClassSet classes;
        List<String> features = List.of();
        Table referenceFeatures;
        List<String> metrics = List.of();
        Cbpe cbpe;
        Dle dle;
        final Map<String, ReferenceBand> performanceBands = new LinkedHashMap<>();
        final Map<String, ReferenceBand> driftBands = new LinkedHashMap<>();
        ReferenceBand classifierBand = ReferenceBand.NONE;
        ReferenceBand reconstructionBand = ReferenceBand.NONE;
        QualityAnalysis quality;
        final List<ChunkResult> referenceChunks = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }
}
