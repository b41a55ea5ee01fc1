package dev.greenlight.stats;

/**
 * Result of the two-sample Kolmogorov-Smirnov test.
 *
 * @param statistic the KS statistic for the chosen alternative, in [0, 1]
 * @param pValue    its p-value; {@code NaN} only for the asymptotic two-sided method when
 *                  {@code round(n1 n2 / (n1 + n2)) == 0}, i.e. both samples of size 1 (as scipy)
 * @param method    how the p-value was computed: {@link Method#EXACT} or {@link Method#ASYMPTOTIC}
 * @param location  the observed value at which the ECDF difference reaches the statistic
 * @param sign      {@code +1} when the ECDF of x is above that of y at {@code location}, {@code -1} when below
 * @param n1        number of values of x used (NaN removed)
 * @param n2        number of values of y used (NaN removed)
 */
public record KsResult(double statistic, double pValue, Method method, double location, int sign, int n1, int n2)
        implements TestResult {
}
