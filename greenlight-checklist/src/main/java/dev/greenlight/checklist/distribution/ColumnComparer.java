package dev.greenlight.checklist.distribution;

import dev.greenlight.stats.Alternative;
import dev.greenlight.stats.ChiSquareContingency;
import dev.greenlight.stats.JensenShannon;
import dev.greenlight.stats.KolmogorovSmirnov;
import dev.greenlight.stats.KsResult;
import dev.greenlight.stats.Method;
import dev.greenlight.stats.SortedSample;
import dev.greenlight.stats.Wasserstein;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compares one column of two datasets with the test that fits its type: the two-sample Kolmogorov–Smirnov test
 * for numbers (scipy's {@code ks_2samp}, exact p-value up to 10,000 rows as scipy's {@code method='auto'}), with
 * the Wasserstein distance divided by the reference standard deviation as effect size; Pearson's chi-square test
 * of the 2×k table of category counts for categories (scipy's {@code chi2_contingency}, Yates' correction when the
 * table has one degree of freedom), with the Jensen–Shannon distance (base 2) of the category shares as effect size.
 */
final class ColumnComparer {

    private ColumnComparer() {
    }

    static ColumnComparison compare(String name, Column reference, Column current) {
        ColumnType type = reference.type();
        int nr = reference.size() - reference.missingCount();
        int nc = current.size() - current.missingCount();
        if (type == ColumnType.TEXT) {
            return ColumnComparison.skipped(name, type.key(), nr, nc, "free text is not compared value by value");
        }
        if (type == ColumnType.DATETIME) {
            return ColumnComparison.skipped(name, type.key(), nr, nc, "dates differ between periods by design");
        }
        if (nr < 2 || nc < 2) {
            return ColumnComparison.skipped(name, type.key(), nr, nc, "fewer than 2 present values in a dataset");
        }
        if (reference instanceof NumericColumn r && current instanceof NumericColumn c) {
            return numeric(name, r.presentValues(), c.presentValues());
        }
        return categorical(name, type.key(), (CategoricalColumn) reference, (CategoricalColumn) current);
    }

    private static ColumnComparison numeric(String name, double[] ref, double[] cur) {
        // one sort of each sample serves both the test and the effect size
        SortedSample r = SortedSample.of(ref);
        SortedSample c = SortedSample.of(cur);
        KsResult ks = KolmogorovSmirnov.twoSample(r, c, Alternative.TWO_SIDED, Method.AUTO);
        double sd = standardDeviation(ref);
        double w = Wasserstein.distance(r, c).distance();
        double effect = sd > 0 ? w / sd : (w == 0 ? 0 : Double.POSITIVE_INFINITY);
        return new ColumnComparison(name, "numeric", "Kolmogorov-Smirnov (" + ks.method().name()
                .toLowerCase(java.util.Locale.ROOT) + ")", ks.statistic(), ks.pValue(),
                "Wasserstein distance / reference sd", effect, ref.length, cur.length, null);
    }

    private static ColumnComparison categorical(String name, String type, CategoricalColumn ref,
                                                CategoricalColumn cur) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        count(ref, counts, 0);
        count(cur, counts, 1);
        if (counts.size() < 2) {
            return ColumnComparison.skipped(name, type, ref.size() - ref.missingCount(),
                    cur.size() - cur.missingCount(), "a single category in both datasets");
        }
        long[][] table = new long[2][counts.size()];
        int k = 0;
        for (long[] c : counts.values()) {
            table[0][k] = c[0];
            table[1][k] = c[1];
            k++;
        }
        var chi2 = ChiSquareContingency.test(table);
        double[] p = new double[counts.size()];
        double[] q = new double[counts.size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = table[0][j];
            q[j] = table[1][j];
        }
        double js = JensenShannon.distance(p, q, 2.0);
        return new ColumnComparison(name, type, "chi-square contingency", chi2.statistic(), chi2.pValue(),
                "Jensen-Shannon distance (base 2)", js, ref.size() - ref.missingCount(),
                cur.size() - cur.missingCount(), null);
    }

    private static void count(CategoricalColumn c, Map<String, long[]> counts, int side) {
        long[] byCode = c.counts();
        for (int k = 0; k < byCode.length; k++) {
            if (byCode[k] > 0) {
                counts.computeIfAbsent(c.dictionary().get(k), x -> new long[2])[side] += byCode[k];
            }
        }
    }

    static double standardDeviation(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
