package dev.greenlight.metrics;

/**
 * DeLong's test of two correlated ROC AUCs ({@link DeLong#compare}).
 *
 * @param aucA            AUC of the first model
 * @param aucB            AUC of the second model
 * @param difference      {@code aucA - aucB}
 * @param standardError   DeLong's standard error of the difference
 * @param z               {@code difference / standardError}
 * @param pValue          two-sided p-value under the standard normal
 * @param low             lower end of the normal interval of the difference
 * @param high            upper end
 * @param level           confidence level of that interval
 * @param n               rows
 * @param undefinedReason why there is no test, or {@code null}; every number is NaN then
 */
public record AucComparison(double aucA, double aucB, double difference, double standardError, double z,
                            double pValue, double low, double high, double level, int n, String undefinedReason) {

    static AucComparison undefined(int n, double level, String reason) {
        double nan = Double.NaN;
        return new AucComparison(nan, nan, nan, nan, nan, nan, nan, nan, level, n, reason);
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }
}
