package dev.greenlight.metrics;

/**
 * Cohen's kappa with its large-sample inference (see {@link CohenKappa#inference}). When undefined every number is
 * NaN and {@link #undefinedReason()} says why.
 *
 * @param kappa           unweighted kappa
 * @param standardError   asymptotic standard error (statsmodels {@code std_kappa})
 * @param standardError0  standard error under the null of chance agreement ({@code std_kappa0})
 * @param low             lower end of the interval {@code kappa - z se}
 * @param high            upper end
 * @param z               {@code kappa / standardError0}
 * @param pValue          two-sided p-value of z under the standard normal
 * @param level           confidence level of the interval
 * @param undefinedReason why there is no value, or {@code null}
 */
public record KappaInference(double kappa, double standardError, double standardError0, double low, double high,
                             double z, double pValue, double level, String undefinedReason) {

    static KappaInference undefined(double level, String reason) {
        double nan = Double.NaN;
        return new KappaInference(nan, nan, nan, nan, nan, nan, nan, level, "Cohen's kappa is undefined: " + reason);
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }
}
