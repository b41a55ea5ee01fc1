package dev.greenlight.diagnose;

import dev.greenlight.stats.SampleMoments;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.Chunking;
import dev.greenlight.monitor.FittedReference;
import dev.greenlight.monitor.MonitorEngine;
import dev.greenlight.monitor.MonitorOptions;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.Period;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains a production performance drop by the checklist's three reasons, on the monitor engine's figures:
 *
 * <ol>
 *   <li>the reference and production performance (realized where labels exist, CBPE/DLE-estimated otherwise) and
 *       the band a production set of that size moves by chance, from the reference's chunk-to-chunk spread;</li>
 *   <li>covariate against concept shift ({@link ShiftDecomposition}): the estimate assumes P(y|x) unchanged, so the
 *       drop it predicts is the covariate part and the rest of the realized drop is the concept part;</li>
 *   <li>which features carry the covariate part ({@link CovariateAttribution});</li>
 *   <li>training/serving skew of the same records ({@link SkewCause});</li>
 *   <li>an inconsistent measure: a production window shorter than the test set's span ({@link MeasureConsistency}).</li>
 * </ol>
 * No figure is computed here that the monitor engine or the skew comparison already computes.
 */
public final class Diagnoser {
    static final double Z95 = 1.959963984540054;

    private Diagnoser() {
    }

    public static Diagnosis run(DiagnoseInput input, DiagnoseOptions options) {
        var columns = input.columns();
        List<String> defaults = MonitorOptions.defaultMetrics(columns);
        String metric = options.metric() != null ? options.metric() : defaults.isEmpty() ? null : defaults.get(0);
        if (metric == null || MetricCatalog.find(columns.task(), metric).isEmpty()) {
            throw new InvalidConfigException("diagnose needs a metric the task " + columns.task().key() + " has; got '"
                    + metric + "'; valid: " + String.join(", ", MetricCatalog.names(columns.task())));
        }
        Direction direction = MetricCatalog.direction(columns.task(), metric);
        List<String> notes = new ArrayList<>();
        MonitorOptions base = MonitorOptions.defaults().withMetrics(List.of(metric)).withSeed(options.seed());

        // The whole of each period as one chunk: reference and production figures over all their rows.
        FittedReference whole = MonitorEngine.fit(input.reference(), columns,
                base.withChunking(Chunking.byCount(1)).withDrift(false, false));
        MonitorResult wholeResult = whole.analyse(input.production(), input.labels());
        ChunkResult refChunk = whole.referenceChunks().get(0);
        ChunkResult prodChunk = wholeResult.chunks(Period.ANALYSIS).get(0);
        notes.addAll(wholeResult.notes().stream().filter(n -> !n.contains("only 1 chunks")).toList());

        // The reference cut into chunks: its chunk-to-chunk spread, and drift per production chunk.
        FittedReference chunked = MonitorEngine.fit(input.reference(), columns,
                base.withChunking(Chunking.byCount(options.referenceChunks())).withDrift(true, false));
        MonitorResult chunkedResult = chunked.analyse(input.production(), input.labels());

        Figure reference = realized(refChunk, metric, "reference");
        if (reference == null) {
            throw new dev.greenlight.error.InvalidDataException("the reference gives no " + metric + ": "
                    + undefined(refChunk, metric));
        }
        Figure realized = prodChunk.labelledRows() > 0 ? realized(prodChunk, metric, "production") : null;
        if (prodChunk.labelledRows() == 0) {
            notes.add("production has no labels: the drop is the estimated one and concept shift cannot be tested");
        } else if (realized == null) {
            notes.add("the realized " + metric + " is undefined on production: " + undefined(prodChunk, metric));
        }
        Figure estimated = estimated(prodChunk, metric, wholeResult.estimator());
        Figure referenceEstimated = estimated(refChunk, metric, wholeResult.estimator());

        double chunkSd = chunkSpread(chunked.referenceChunks(), metric);
        double meanChunkRows = chunked.referenceChunks().stream().mapToInt(ChunkResult::labelledRows).average()
                .orElse(Double.NaN);
        Figure compared = realized != null ? realized : estimated;
        double drop = compared == null ? Double.NaN : direction.improvement(reference.value(), compared.value());
        // The drop's chance spread: production's (the chunk-to-chunk deviation scaled to its rows) and the
        // reference's own (its interval), as the two are measured on independent rows.
        double productionSd = chunkSd * Math.sqrt(meanChunkRows / (compared == null ? 1 : compared.rows()));
        double referenceSe = Double.isNaN(reference.standardError()) ? 0 : reference.standardError();
        double band = options.sigmas() * Math.sqrt(productionSd * productionSd + referenceSe * referenceSe);
        boolean beyond = drop > band;
        Performance performance = new Performance(metric, direction == Direction.HIGHER_IS_BETTER, reference,
                realized, estimated, drop, band, beyond);

        List<CauseFinding> causes = new ArrayList<>();
        ShiftDecomposition shift = new ShiftDecomposition(direction, reference, referenceEstimated, realized,
                estimated, band);
        causes.add(shift.covariate());
        causes.add(shift.concept());
        causes.add(SkewCause.test(input, options));
        causes.add(MeasureConsistency.test(input, base, metric, direction, reference, compared, options));

        List<FeatureContribution> contributions = estimated == null ? List.of()
                : CovariateAttribution.contributions(input, whole, chunkedResult, metric, direction,
                        reference.value(), options, notes);
        return new Diagnosis(performance, causes, primary(performance, causes), contributions, notes);
    }

    /**
     * The cause that explains the drop: none when the drop is within chance; else a cause whose test shows it
     * directly (skew of the same records, a window the test set's own windows move by as much) before the
     * covariate/concept split, which apportions what remains.
     */
    static String primary(Performance p, List<CauseFinding> causes) {
        if (!p.beyondBand()) {
            return Diagnosis.NONE;
        }
        for (Cause direct : List.of(Cause.FEATURE_SKEW, Cause.INCONSISTENT_MEASURE)) {
            if (find(causes, direct).verdict() == Verdict.LIKELY) {
                return direct.key();
            }
        }
        CauseFinding best = null;
        for (Cause c : List.of(Cause.COVARIATE_SHIFT, Cause.CONCEPT_SHIFT)) {
            CauseFinding f = find(causes, c);
            if ((f.verdict() == Verdict.LIKELY || f.verdict() == Verdict.POSSIBLE)
                    && (best == null || rank(f) > rank(best))) {
                best = f;
            }
        }
        return best == null ? Diagnosis.NONE : best.cause().key();
    }

    private static double rank(CauseFinding f) {
        return (f.verdict() == Verdict.LIKELY ? 2 : 0) + (f.share() == null ? 0 : f.share());
    }

    private static CauseFinding find(List<CauseFinding> causes, Cause c) {
        return causes.stream().filter(f -> f.cause() == c).findFirst().orElseThrow();
    }

    static Figure realized(ChunkResult chunk, String metric, String what) {
        ChunkResult.Realized r = chunk.realized().get(metric);
        if (r == null || Double.isNaN(r.value())) {
            return null;
        }
        return new Figure(r.value(), r.ciLow(), r.ciHigh(), chunk.labelledRows(), "realized on " + what
                + (r.method() == null ? "" : ", " + r.method()));
    }

    private static Figure estimated(ChunkResult chunk, String metric, String estimator) {
        ChunkResult.Estimated e = chunk.estimated().get(metric);
        if (e == null || Double.isNaN(e.value())) {
            return null;
        }
        return new Figure(e.value(), e.value() - Z95 * e.samplingError(), e.value() + Z95 * e.samplingError(),
                chunk.rows(), estimator + ", sampling error");
    }

    private static String undefined(ChunkResult chunk, String metric) {
        ChunkResult.Realized r = chunk.realized().get(metric);
        return r == null || r.undefinedReason() == null ? "no labelled rows" : r.undefinedReason();
    }

    /** Sample standard deviation of the metric over the reference chunks. */
    static double chunkSpread(List<ChunkResult> chunks, String metric) {
        double[] v = chunks.stream().map(c -> c.realized().get(metric)).filter(r -> r != null && !Double.isNaN(r.value()))
                .mapToDouble(ChunkResult.Realized::value).toArray();
        return SampleMoments.standardDeviation(v);
    }

    static String fmt(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(java.util.Locale.ROOT, "%.4g", x);
    }
}
