package dev.greenlight.drift;

import dev.greenlight.stats.CramersV;
import dev.greenlight.stats.Wasserstein;

/** The effect sizes reported beside p-values, so that a tiny difference on a huge sample reads as tiny. */
final class Effects {
    private Effects() {
    }

    /**
     * First Wasserstein distance divided by the reference's population standard deviation (Evidently's
     * normalisation): a shift of the whole distribution by c standard deviations gives c. Infinite when the
     * reference is constant and the current is not; 0 when both are the same constant.
     */
    static double normalisedWasserstein(NumericSample reference, NumericSample current) {
        double w;
        if (reference.sorted() != null && current.sorted() != null) {
            w = Wasserstein.distance(reference.sorted(), current.sorted()).distance();
        } else {
            double[][] r = reference.weightedValues();
            double[][] c = current.weightedValues();
            w = Wasserstein.distance(r[0], c[0], r[1], c[1]).distance();
        }
        double sd = reference.standardDeviation();
        if (sd > 0) {
            return w / sd;
        }
        return w == 0 ? 0 : Double.POSITIVE_INFINITY;
    }

    /** Cramér's V of the 2 x k table; 0 when there is a single category. */
    static double cramersV(CategoryCounts counts) {
        return counts.size() < 2 ? 0 : CramersV.of(counts.table());
    }

    /**
     * Total variation distance between the reference and current shares of the categories,
     * {@code 1/2 sum_i |p_i - q_i|} (the largest difference in probability the two give any set of categories); 0
     * when a side has no value. Unlike Cramér's V it does not depend on how the two sample sizes compare, so a
     * chunk of the reference against the rest reads on the same scale as the current data against the reference.
     */
    static double totalVariation(CategoryCounts counts) {
        double r = counts.referenceTotal();
        double c = counts.currentTotal();
        if (r == 0 || c == 0) {
            return 0;
        }
        long[] a = counts.reference();
        long[] b = counts.current();
        double l1 = 0;
        for (int i = 0; i < a.length; i++) {
            l1 += Math.abs(a[i] / r - b[i] / c);
        }
        return l1 / 2;
    }

    static double effectSize(ColumnPair pair) {
        return pair.kind() == ColumnKind.NUMERIC ? normalisedWasserstein(pair.reference(), pair.current())
                : totalVariation(pair.counts());
    }
}
