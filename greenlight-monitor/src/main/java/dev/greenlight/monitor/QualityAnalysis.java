package dev.greenlight.monitor;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.apache.commons.statistics.distribution.BinomialDistribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data quality per chunk and feature: the share of missing values, of categories the reference never had, and of
 * numbers outside the reference's range. Each is judged against chance: the rate the reference itself shows (for
 * unseen and out-of-range values, the rate at which one reference chunk holds values the other reference chunks do
 * not have) is the binomial rate, and a chunk alerts when its count lies above that binomial's
 * {@code 1 - ALPHA} quantile. The rate is floored at one in the reference's size, so a reference without a single
 * missing value does not turn one missing value into an alert for ever.
 */
final class QualityAnalysis {
    /** One-sided level of each quality alert. */
    static final double ALPHA = 0.001;

    private final Map<String, Profile> profiles = new LinkedHashMap<>();

    /** What the reference shows for one feature. */
    private record Profile(double missingRate, Set<String> categories, double unseenRate, double min, double max,
                           double outOfRangeRate, boolean numeric) {
    }

    private QualityAnalysis() {
    }

    static QualityAnalysis fit(Table reference, List<String> features, List<Chunker.Chunk> chunks,
                               Map<Integer, Map<String, ChunkResult.Quality>> referenceFigures) {
        QualityAnalysis q = new QualityAnalysis();
        int n = reference.rowCount();
        double floor = 1.0 / n;
        for (String f : features) {
            Column c = reference.column(f);
            double missing = Math.max(floor, (double) c.missingCount() / n);
            if (c instanceof NumericColumn num) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    double v = num.get(i);
                    if (!Double.isNaN(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                double[] loo = new double[chunks.size()];
                double sum = 0;
                for (int k = 0; k < chunks.size(); k++) {
                    double[] range = rangeWithout(num, chunks, k);
                    loo[k] = share(num, chunks.get(k).rows(), range[0], range[1]);
                    sum += Double.isNaN(loo[k]) ? 0 : loo[k];
                }
                double rate = Math.max(floor, sum / chunks.size());
                q.profiles.put(f, new Profile(missing, Set.of(), 0, lo, hi, rate, true));
                for (int k = 0; k < chunks.size(); k++) {
                    referenceFigures.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(f, new ChunkResult.Quality(
                            missingShare(c, chunks.get(k).rows()), false, Double.NaN, false, loo[k], false));
                }
            } else {
                CategoricalColumn cat = (CategoricalColumn) c;
                Set<String> categories = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    if (!cat.isMissing(i)) {
                        categories.add(cat.get(i));
                    }
                }
                double[] loo = new double[chunks.size()];
                double sum = 0;
                for (int k = 0; k < chunks.size(); k++) {
                    loo[k] = unseenWithout(cat, chunks, k);
                    sum += Double.isNaN(loo[k]) ? 0 : loo[k];
                }
                double rate = Math.max(floor, sum / chunks.size());
                q.profiles.put(f, new Profile(missing, categories, rate, Double.NaN, Double.NaN, 0, false));
                for (int k = 0; k < chunks.size(); k++) {
                    referenceFigures.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(f, new ChunkResult.Quality(
                            missingShare(c, chunks.get(k).rows()), false, loo[k], false, Double.NaN, false));
                }
            }
        }
        return q;
    }

    /** The figures of an analysis chunk. */
    Map<String, ChunkResult.Quality> measure(Table analysis, int[] rows) {
        Map<String, ChunkResult.Quality> out = new LinkedHashMap<>();
        for (Map.Entry<String, Profile> e : profiles.entrySet()) {
            Column c = analysis.find(e.getKey()).orElse(null);
            Profile p = e.getValue();
            if (c == null) {
                continue;
            }
            int missing = 0;
            int present = 0;
            int odd = 0;
            for (int r : rows) {
                if (c.isMissing(r)) {
                    missing++;
                    continue;
                }
                present++;
                if (p.numeric()) {
                    double v = c instanceof NumericColumn num ? num.get(r) : parse(c.format(r));
                    odd += Double.isNaN(v) || v < p.min() || v > p.max() ? 1 : 0;
                } else if (!p.categories().contains(c.format(r))) {
                    odd++;
                }
            }
            boolean missingAlert = beyondChance(missing, rows.length, p.missingRate());
            double oddShare = present == 0 ? Double.NaN : (double) odd / present;
            boolean oddAlert = present > 0 && beyondChance(odd, present, p.numeric() ? p.outOfRangeRate()
                    : p.unseenRate());
            out.put(e.getKey(), p.numeric()
                    ? new ChunkResult.Quality((double) missing / rows.length, missingAlert, Double.NaN, false,
                    oddShare, oddAlert)
                    : new ChunkResult.Quality((double) missing / rows.length, missingAlert, oddShare, oddAlert,
                    Double.NaN, false));
        }
        return out;
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Whether {@code count} of {@code n} lies above the binomial(n, rate) quantile at 1 - ALPHA. */
    static boolean beyondChance(int count, int n, double rate) {
        if (count == 0 || n == 0) {
            return false;
        }
        int limit = BinomialDistribution.of(n, Math.min(1, rate)).inverseCumulativeProbability(1 - ALPHA);
        return count > limit;
    }

    private static double missingShare(Column c, int[] rows) {
        int m = 0;
        for (int r : rows) {
            m += c.isMissing(r) ? 1 : 0;
        }
        return rows.length == 0 ? Double.NaN : (double) m / rows.length;
    }

    private static double[] rangeWithout(NumericColumn c, List<Chunker.Chunk> chunks, int skip) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < chunks.size(); k++) {
            if (k == skip) {
                continue;
            }
            for (int r : chunks.get(k).rows()) {
                double v = c.get(r);
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[]{lo, hi};
    }

    private static double share(NumericColumn c, int[] rows, double lo, double hi) {
        int present = 0;
        int out = 0;
        for (int r : rows) {
            double v = c.get(r);
            if (!Double.isNaN(v)) {
                present++;
                out += v < lo || v > hi ? 1 : 0;
            }
        }
        return present == 0 ? Double.NaN : (double) out / present;
    }

    private static double unseenWithout(CategoricalColumn c, List<Chunker.Chunk> chunks, int skip) {
        Map<Integer, Integer> inOthers = new HashMap<>();
        for (int k = 0; k < chunks.size(); k++) {
            if (k != skip) {
                for (int r : chunks.get(k).rows()) {
                    if (!c.isMissing(r)) {
                        inOthers.merge(c.code(r), 1, Integer::sum);
                    }
                }
            }
        }
        int present = 0;
        int unseen = 0;
        for (int r : chunks.get(skip).rows()) {
            if (!c.isMissing(r)) {
                present++;
                unseen += inOthers.containsKey(c.code(r)) ? 0 : 1;
            }
        }
        return present == 0 ? Double.NaN : (double) unseen / present;
    }
}
