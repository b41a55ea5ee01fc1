package dev.greenlight.diagnose;

import dev.greenlight.metrics.Direction;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.Chunking;
import dev.greenlight.monitor.FittedReference;
import dev.greenlight.monitor.MonitorEngine;
import dev.greenlight.monitor.MonitorOptions;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.time.Window;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

import java.util.ArrayList;
import java.util.List;

import static dev.greenlight.diagnose.Diagnoser.Z95;
import static dev.greenlight.diagnose.Diagnoser.fmt;

/**
 * An inconsistent measure: the production metric covers a shorter period than the test set (a month against a
 * year), and the test set's own windows of that length differ beyond sampling error (seasonality), so one production
 * window can fall short of the test set's aggregate without anything having changed.
 *
 * <p>The reference is cut into windows of the production window's length (the monitor engine's calendar chunks);
 * Cochran's Q test (Q = &Sigma; (v<sub>w</sub> - v&#772;)&sup2; / se<sub>w</sub>&sup2;, &chi;&sup2; with W - 1
 * degrees of freedom, v&#772; the inverse-variance weighted mean; Cochran 1954) asks whether the windows differ more
 * than their own intervals allow. The measure explains the drop when they do and production is no worse than the
 * test set's worst window, within production's own error.
 */
final class MeasureConsistency {
    static final double ALPHA = 0.05;
    /** Fewest labelled rows for a reference window to count. */
    static final int MIN_WINDOW_ROWS = 30;

    private MeasureConsistency() {
    }

    static CauseFinding test(DiagnoseInput input, MonitorOptions base, String metric, Direction direction,
                             Figure reference, Figure production, DiagnoseOptions options) {
        String ts = input.columns().timestamp();
        if (ts == null) {
            return CauseFinding.notTested(Cause.INCONSISTENT_MEASURE, "no timestamp column (--timestamp): the periods "
                    + "the test and production metrics cover are unknown");
        }
        if (production == null) {
            return CauseFinding.notTested(Cause.INCONSISTENT_MEASURE, "no production performance, realized or "
                    + "estimated, to compare with the test set's windows");
        }
        double[] refSpan = span(input.reference(), ts);
        double[] prodSpan = span(input.production(), ts);
        if (refSpan == null || prodSpan == null) {
            return CauseFinding.notTested(Cause.INCONSISTENT_MEASURE, "the timestamp column '" + ts + "' holds no "
                    + "parsed timestamps in the reference or in production");
        }
        double refDays = (refSpan[1] - refSpan[0]) / 86_400;
        double prodDays = (prodSpan[1] - prodSpan[0]) / 86_400;
        Window window = options.productionWindow() != null ? options.productionWindow() : windowFor(prodDays);
        List<String> evidence = new ArrayList<>();
        evidence.add("the production metric covers " + fmt(prodDays) + " days (window " + window + "), the test set "
                + fmt(refDays) + " days");
        if (nominalDays(window) * 2 > refDays) {
            evidence.add("the production window is not shorter than half the test set's span: both measures cover "
                    + "the same kind of period");
            return new CauseFinding(Cause.INCONSISTENT_MEASURE, null, Double.NaN, Double.NaN, Verdict.RULED_OUT,
                    Double.NaN, evidence);
        }
        FittedReference windows = MonitorEngine.fit(input.reference(), input.columns(),
                base.withChunking(Chunking.byPeriod(window)).withDrift(false, false));
        List<double[]> values = new ArrayList<>();
        for (ChunkResult c : windows.referenceChunks()) {
            Figure f = Diagnoser.realized(c, metric, "reference");
            if (f != null && c.labelledRows() >= MIN_WINDOW_ROWS && !c.partial() && f.standardError() > 0) {
                values.add(new double[] {f.value(), f.standardError()});
            }
        }
        if (values.size() < 3) {
            evidence.add("only " + values.size() + " full test-set windows of " + window + " with " + MIN_WINDOW_ROWS
                    + " labelled rows or more; 3 are needed to measure their spread");
            return new CauseFinding(Cause.INCONSISTENT_MEASURE, null, Double.NaN, Double.NaN, Verdict.NOT_TESTED,
                    Double.NaN, evidence);
        }
        double wsum = 0;
        double wmean = 0;
        double worst = Double.NaN;
        for (double[] v : values) {
            double w = 1 / (v[1] * v[1]);
            wsum += w;
            wmean += w * v[0];
            if (Double.isNaN(worst) || direction.better(worst, v[0])) {
                worst = v[0];
            }
        }
        wmean /= wsum;
        double q = 0;
        for (double[] v : values) {
            q += (v[0] - wmean) * (v[0] - wmean) / (v[1] * v[1]);
        }
        double p = ChiSquaredDistribution.of(values.size() - 1).survivalProbability(q);
        double spread = Diagnoser.chunkSpread(windows.referenceChunks(), metric);
        evidence.add(values.size() + " test-set windows of " + window + ": " + metric + " from " + fmt(worst)
                + " (worst) with standard deviation " + fmt(spread) + "; Cochran's Q = " + fmt(q) + ", p = " + fmt(p)
                + " (do the windows differ beyond their intervals?)");
        double se = production.standardError();
        double margin = Double.isNaN(se) ? 0 : Z95 * se;
        double beyondWorst = direction.improvement(worst, production.value());
        Verdict verdict;
        if (p >= ALPHA) {
            verdict = Verdict.RULED_OUT;
            evidence.add("the test set's windows differ no more than sampling error allows, so the window's length "
                    + "does not explain a drop");
        } else if (beyondWorst <= margin) {
            verdict = Verdict.LIKELY;
            evidence.add("production (" + fmt(production.value()) + ") is no worse than the test set's worst window "
                    + "of the same length: the test set's aggregate " + fmt(reference.value()) + " hides that "
                    + "spread; compare production with the same window of the test period, or measure over as long");
        } else {
            verdict = Verdict.POSSIBLE;
            evidence.add("the test set's windows differ, but production is worse than the worst of them by "
                    + fmt(beyondWorst));
        }
        return new CauseFinding(Cause.INCONSISTENT_MEASURE, null, Double.NaN, Double.NaN, verdict, spread, evidence);
    }

    /** {min, max} epoch seconds of the timestamp column, or null when it holds none. */
    private static double[] span(Table t, String name) {
        Column c = t.find(name).orElse(null);
        if (!(c instanceof NumericColumn n)) {
            return null;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : n.presentValues()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    /** The calendar window a production period of this many days is measured over: a day, week, month, quarter... */
    static Window windowFor(double days) {
        for (String w : List.of("1d", "1w", "1m", "1q", "1y")) {
            Window window = Window.parse(w);
            if (nominalDays(window) >= days * 0.9) {
                return window;
            }
        }
        return Window.parse(Math.max(1, (long) Math.ceil(days)) + "d");
    }

    static double nominalDays(Window w) {
        double unit = switch (w.unit()) {
            case HOUR -> 1.0 / 24;
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> 30.4375;
            case QUARTER -> 91.3125;
            case YEAR -> 365.25;
        };
        return w.count() * unit;
    }
}
