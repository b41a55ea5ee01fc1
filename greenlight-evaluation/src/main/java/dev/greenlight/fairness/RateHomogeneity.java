package dev.greenlight.fairness;

import dev.greenlight.stats.ChiSquareContingency;

import java.util.List;

/**
 * Whether one rate differs between groups more than sampling noise explains: Pearson's chi-square test of the
 * groups × (counted, not counted) table (scipy's {@code chi2_contingency}, Yates' correction for two groups). A
 * disparity beyond its limit on a small test set may be chance; this p-value says how likely. Weighted rates are
 * tested on their weighted counts (an approximation).
 */
public final class RateHomogeneity {

    private RateHomogeneity() {
    }

    /** The p-value of equal rates across the groups that have the rate; NaN with fewer than two such groups. */
    public static double pValue(List<Rate> rates) {
        List<Rate> defined = rates.stream().filter(Rate::isDefined).toList();
        if (defined.size() < 2) {
            return Double.NaN;
        }
        double[][] table = new double[defined.size()][2];
        double in = 0;
        double out = 0;
        for (int g = 0; g < defined.size(); g++) {
            Rate r = defined.get(g);
            table[g][0] = r.value() * r.denominator();
            table[g][1] = r.denominator() - table[g][0];
            in += table[g][0];
            out += table[g][1];
        }
        if (in == 0 || out == 0) {
            return 1.0;
        }
        return ChiSquareContingency.test(table, true, ChiSquareContingency.PEARSON).pValue();
    }
}
