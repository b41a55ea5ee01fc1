package dev.greenlight.metrics;

/**
 * A binary ROC AUC with DeLong's variance ({@link DeLong#variance}).
 *
 * @param auc             the AUC; NaN when undefined
 * @param variance        DeLong's variance of the AUC; NaN when undefined
 * @param positives       positive rows
 * @param negatives       negative rows
 * @param undefinedReason why there is no variance, or {@code null}
 */
public record AucVariance(double auc, double variance, int positives, int negatives, String undefinedReason) {

    static AucVariance undefined(String reason) {
        return new AucVariance(Double.NaN, Double.NaN, 0, 0, reason);
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }

    public double standardError() {
        return Math.sqrt(variance);
    }
}
