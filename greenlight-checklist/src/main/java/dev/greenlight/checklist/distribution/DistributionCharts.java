package dev.greenlight.checklist.distribution;

import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.drift.ColumnDrift;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Overlaid train and test distributions: histograms for numbers, category shares for categories. */
final class DistributionCharts {
    static final int BINS = 20;
    /** Categories beyond this many (by train frequency) are summed into "(other)". */
    static final int MAX_CATEGORIES = 12;

    private DistributionCharts() {
    }

    /** One chart per compared column (features, label, outputs): train against test. */
    static void features(Measurements b, Table train, Table test, DriftReport report) {
        for (ColumnDrift c : report.columns()) {
            if (!train.has(c.name()) || !test.has(c.name())) {
                continue;
            }
            Chart chart = chart(c.name() + ": train vs test" + (c.drift() ? " (drift)" : ""),
                    train.column(c.name()), test.column(c.name()));
            if (chart != null) {
                b.chart(chart);
            }
        }
    }

    private static Chart chart(String title, Column train, Column test) {
        if (train instanceof NumericColumn r && test instanceof NumericColumn c) {
            return histogram(title, r.presentValues(), c.presentValues());
        }
        if (train instanceof CategoricalColumn r && test instanceof CategoricalColumn c) {
            return shares(title, r, c);
        }
        // a 0/1 column can be read as numbers on one side and categories on the other
        return shares(title, asCategories(train), asCategories(test));
    }

    private static Chart histogram(String title, double[] ref, double[] cur) {
        double lo = Math.min(Arrays.stream(ref).min().orElse(0), Arrays.stream(cur).min().orElse(0));
        double hi = Math.max(Arrays.stream(ref).max().orElse(1), Arrays.stream(cur).max().orElse(1));
        if (hi == lo) {
            hi = lo + 1;
        }
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i <= BINS; i++) {
            edges.add(lo + (hi - lo) * i / BINS);
        }
        return new Chart.Histogram(title, "value", edges, List.of(new Chart.Series("train", shares(ref, lo, hi)),
                new Chart.Series("test", shares(cur, lo, hi))));
    }

    private static List<Double> shares(double[] v, double lo, double hi) {
        double[] counts = new double[BINS];
        for (double x : v) {
            int bin = (int) Math.min(BINS - 1, Math.floor((x - lo) / (hi - lo) * BINS));
            counts[Math.max(0, bin)]++;
        }
        List<Double> out = new ArrayList<>();
        for (double c : counts) {
            out.add(v.length == 0 ? 0 : c / v.length);
        }
        return out;
    }

    private static Chart shares(String title, CategoricalColumn ref, CategoricalColumn cur) {
        Map<String, double[]> counts = new LinkedHashMap<>();
        add(ref, counts, 0);
        add(cur, counts, 1);
        List<Map.Entry<String, double[]>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        double nr = ref.size() - ref.missingCount();
        double nc = cur.size() - cur.missingCount();
        List<String> categories = new ArrayList<>();
        List<Double> r = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        double otherR = 0;
        double otherC = 0;
        for (int i = 0; i < sorted.size(); i++) {
            double[] v = sorted.get(i).getValue();
            if (i < MAX_CATEGORIES) {
                categories.add(sorted.get(i).getKey());
                r.add(v[0] / nr);
                c.add(v[1] / nc);
            } else {
                otherR += v[0];
                otherC += v[1];
            }
        }
        if (sorted.size() > MAX_CATEGORIES) {
            categories.add("(other)");
            r.add(otherR / nr);
            c.add(otherC / nc);
        }
        return new Chart.Bars(title, "share of rows", categories, List.of(new Chart.Series("train", r),
                new Chart.Series("test", c)), null, null);
    }

    private static CategoricalColumn asCategories(Column c) {
        if (c instanceof CategoricalColumn cat) {
            return cat;
        }
        List<String> values = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            values.add(c.format(i));
        }
        return CategoricalColumn.of(c.name(), dev.greenlight.table.ColumnType.CATEGORICAL, values);
    }

    private static void add(CategoricalColumn col, Map<String, double[]> counts, int side) {
        long[] byCode = col.counts();
        for (int k = 0; k < byCode.length; k++) {
            if (byCode[k] > 0) {
                counts.computeIfAbsent(col.dictionary().get(k), x -> new double[2])[side] += byCode[k];
            }
        }
    }
}
