package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;

/**
 * Agreement among a fixed number of raters per subject, as statsmodels
 * {@code stats.inter_rater.fleiss_kappa(table, method)}: with {@code table[i][k]} the number of raters who put
 * subject i in category k and m raters per subject, {@code P_i = (sum_k n_ik^2 - m) / (m (m - 1))},
 * {@code P = mean P_i} and {@code kappa = (P - P_e) / (1 - P_e)}. Fleiss (1971) takes chance agreement
 * {@code P_e = sum_k p_k^2} from the category shares; Randolph (2005) takes {@code P_e = 1/K} (free-marginal).
 *
 * <p>Undefined when fewer than two raters rate each subject, or when {@code P_e = 1} (every rating in one
 * category, Fleiss only). Every subject must have the same number of ratings.
 */
public final class FleissKappa {
    private FleissKappa() {
    }

    /**
     * Counts per subject and category ({@code aggregate_raters}): {@code ratings[i][j]} is the category index
     * (0 to {@code categories - 1}) rater j gave subject i.
     */
    public static int[][] table(int[][] ratings, int categories) {
        int[][] table = new int[ratings.length][categories];
        for (int i = 0; i < ratings.length; i++) {
            for (int category : ratings[i]) {
                if (category < 0 || category >= categories) {
                    throw new InvalidDataException("subject " + i + ": category " + category + " outside 0.."
                            + (categories - 1));
                }
                table[i][category]++;
            }
        }
        return table;
    }

    /** Fleiss' kappa (chance agreement from the observed category shares). */
    public static MetricValue fleiss(int[][] table) {
        return kappa(table, false);
    }

    /** Randolph's free-marginal kappa (chance agreement 1/K for K categories). */
    public static MetricValue randolph(int[][] table) {
        return kappa(table, true);
    }

    private static MetricValue kappa(int[][] table, boolean freeMarginal) {
        String name = freeMarginal ? "randolph_kappa" : "fleiss_kappa";
        int subjects = table.length;
        if (subjects == 0) {
            return MetricValue.undefined(name, 0, "no subjects");
        }
        int categories = table[0].length;
        long raters = rowSum(table[0]);
        if (raters < 2) {
            return MetricValue.undefined(name, subjects, "kappa needs at least two raters per subject, got " + raters);
        }
        double[] categoryTotals = new double[categories];
        double agreementSum = 0.0;
        for (int i = 0; i < subjects; i++) {
            if (rowSum(table[i]) != raters) {
                throw new InvalidDataException("subject " + i + " has " + rowSum(table[i])
                        + " ratings, subject 0 has " + raters + "; every subject needs the same number of raters");
            }
            double squares = 0.0;
            for (int k = 0; k < categories; k++) {
                squares += (double) table[i][k] * table[i][k];
                categoryTotals[k] += table[i][k];
            }
            agreementSum += (squares - raters) / (raters * (raters - 1.0));
        }
        double observed = agreementSum / subjects;
        double chance;
        if (freeMarginal) {
            chance = 1.0 / categories;
        } else {
            double total = (double) subjects * raters;
            chance = 0.0;
            for (double t : categoryTotals) {
                chance += (t / total) * (t / total);
            }
        }
        if (chance == 1.0) {
            return MetricValue.undefined(name, subjects, "kappa is undefined: every rating is in one category, so "
                    + "chance agreement is 1 and kappa is 0/0");
        }
        return MetricValue.of(name, (observed - chance) / (1.0 - chance), subjects);
    }

    private static long rowSum(int[] row) {
        long s = 0;
        for (int v : row) {
            s += v;
        }
        return s;
    }
}
