package dev.greenlight.drift.multivariate;

import java.util.Arrays;
import java.util.Comparator;

/** ROC AUC as the Mann-Whitney probability that a positive outscores a negative, ties counting one half. */
public final class RocAuc {
    private RocAuc() {
    }

    /** AUC of scores for labels 1 (positive) and 0; NaN when a class is absent. */
    public static double of(double[] scores, double[] labels) {
        int n = scores.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[idx[j + 1]] == scores[idx[i]]) {
                j++;
            }
            double midrank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[idx[k]] == 1) {
                    rankSumPositive += midrank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * Hanley and McNeil (1982), "The meaning and use of the area under a ROC curve", Radiology 143, eq. 2:
     * {@code SE^2 = (A(1-A) + (n1-1)(Q1-A^2) + (n0-1)(Q2-A^2)) / (n1 n0)}, {@code Q1 = A/(2-A)},
     * {@code Q2 = 2A^2/(1+A)}.
     */
    public static double hanleyMcNeilStandardError(double auc, long positives, long negatives) {
        double q1 = auc / (2 - auc);
        double q2 = 2 * auc * auc / (1 + auc);
        double v = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
                / ((double) positives * negatives);
        return Math.sqrt(Math.max(0, v));
    }
}
