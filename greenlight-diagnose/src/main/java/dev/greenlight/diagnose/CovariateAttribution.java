package dev.greenlight.diagnose;

import dev.greenlight.metrics.Direction;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.FittedReference;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.Period;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which drifted features carry the covariate part of the drop: for each feature whose drift alerted in a production
 * chunk, the reference's rows are reweighted to production's distribution of that feature alone (the density ratio
 * p<sub>production</sub>(bin) / p<sub>reference</sub>(bin) over the reference's deciles, or over categories, missing
 * values in a bin of their own; importance weighting as in Shimodaira 2000, one feature at a time), resampled
 * systematically by those weights, and the realized metric of the resampled reference is measured by the monitor
 * engine. What the reference loses under a feature's shift is the drop that feature's shift alone predicts.
 * Features interact, so the contributions need not add up to the covariate part.
 */
final class CovariateAttribution {
    static final int BINS = 10;

    private CovariateAttribution() {
    }

    static List<FeatureContribution> contributions(DiagnoseInput input, FittedReference whole,
                                                   MonitorResult chunked, String metric, Direction direction,
                                                   double referenceValue, DiagnoseOptions options,
                                                   List<String> notes) {
        List<FeatureContribution> out = new ArrayList<>();
        Table reference = input.reference();
        Table production = input.production();
        for (MonitorResult.RankedColumn ranked : chunked.driftRanking()) {
            if (out.size() >= options.attributedFeatures() || ranked.alertedChunks() == 0) {
                break;
            }
            Column r = reference.find(ranked.column()).orElse(null);
            Column p = production.find(ranked.column()).orElse(null);
            if (r == null || p == null) {
                continue;
            }
            double[] weights = weights(r, p);
            if (weights == null) {
                notes.add("no covariate contribution for '" + ranked.column() + "': production's values fall in no "
                        + "bin the reference has");
                continue;
            }
            Table resampled = withUniqueIds(reference.select(resample(weights)), input.columns().id());
            ChunkResult c = whole.analyse(resampled).chunks(Period.ANALYSIS).get(0);
            ChunkResult.Realized v = c.realized().get(metric);
            if (v == null || Double.isNaN(v.value())) {
                continue;
            }
            out.add(new FeatureContribution(ranked.column(), v.value(),
                    direction.improvement(referenceValue, v.value()), ranked.alertedChunks()));
        }
        out.sort(Comparator.comparingDouble(FeatureContribution::drop).reversed()
                .thenComparing(FeatureContribution::feature));
        return out;
    }

    /** Per reference row: production's share of the row's bin over the reference's share; null when all zero. */
    static double[] weights(Column reference, Column production) {
        int[] refBins;
        int[] prodBins;
        if (reference instanceof NumericColumn rn && production instanceof NumericColumn pn) {
            double[] edges = edges(rn.presentValues());
            refBins = bins(rn, edges);
            prodBins = bins(pn, edges);
        } else {
            Map<String, Integer> codes = new HashMap<>();
            refBins = categories(reference, codes, true);
            prodBins = categories(production, codes, false);
        }
        int k = 1 + Math.max(Arrays.stream(refBins).max().orElse(0), Arrays.stream(prodBins).max().orElse(0));
        double[] refShare = shares(refBins, k);
        double[] prodShare = shares(prodBins, k);
        double[] w = new double[refBins.length];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            int b = refBins[i];
            w[i] = b < 0 || refShare[b] == 0 ? 0 : prodShare[b] / refShare[b];
            total += w[i];
        }
        return total > 0 ? w : null;
    }

    /** Bin upper edges at the reference's deciles (distinct). */
    private static double[] edges(double[] present) {
        double[] s = present.clone();
        Arrays.sort(s);
        double[] e = new double[BINS - 1];
        int n = 0;
        for (int q = 1; q < BINS && s.length > 0; q++) {
            double v = s[Math.min(s.length - 1, (int) Math.floor(q * (s.length - 1) / (double) BINS))];
            if (n == 0 || v > e[n - 1]) {
                e[n++] = v;
            }
        }
        return Arrays.copyOf(e, n);
    }

    /** Bin 0 holds missing values; bin 1 + j values up to edge j; the last bin the rest. */
    private static int[] bins(NumericColumn c, double[] edges) {
        int[] b = new int[c.size()];
        for (int i = 0; i < b.length; i++) {
            if (c.isMissing(i)) {
                b[i] = 0;
                continue;
            }
            int pos = Arrays.binarySearch(edges, c.get(i));
            b[i] = 1 + (pos >= 0 ? pos : -pos - 1);
        }
        return b;
    }

    private static int[] categories(Column c, Map<String, Integer> codes, boolean add) {
        int[] b = new int[c.size()];
        for (int i = 0; i < b.length; i++) {
            String v = c.isMissing(i) ? "\u0000missing" : c.format(i);
            Integer code = codes.get(v);
            if (code == null && add) {
                code = codes.size();
                codes.put(v, code);
            }
            b[i] = code == null ? -1 : code;
        }
        return b;
    }

    private static double[] shares(int[] bins, int k) {
        double[] s = new double[k];
        int n = 0;
        for (int b : bins) {
            if (b >= 0) {
                s[b]++;
                n++;
            }
        }
        for (int j = 0; j < k; j++) {
            s[j] /= Math.max(1, bins.length);
        }
        return s;
    }

    /** Systematic resampling: as many rows as weights, row i drawn in proportion to weights[i], no randomness. */
    static int[] resample(double[] weights) {
        int n = weights.length;
        double total = Arrays.stream(weights).sum();
        int[] rows = new int[n];
        double step = total / n;
        double next = step / 2;
        double cum = 0;
        int k = 0;
        for (int i = 0; i < n && k < n; i++) {
            cum += weights[i];
            while (k < n && next < cum) {
                rows[k++] = i;
                next += step;
            }
        }
        while (k < n) {
            rows[k++] = n - 1;
        }
        return rows;
    }

    /** The resampled rows repeat ids; the engine reads its own target column, so the ids are renumbered. */
    private static Table withUniqueIds(Table t, String id) {
        if (id == null || !t.has(id)) {
            return t;
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c.name().equals(id)) {
                double[] ids = new double[t.rowCount()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = i;
                }
                columns.add(new NumericColumn(id, ColumnType.NUMERIC, ids));
            } else {
                columns.add(c);
            }
        }
        return Table.of(columns);
    }
}
