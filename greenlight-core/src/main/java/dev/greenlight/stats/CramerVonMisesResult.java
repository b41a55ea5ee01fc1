package dev.greenlight.stats;

/**
 * Result of the two-sample Cramér-von Mises test.
 *
 * @param statistic the statistic T of Anderson (1962)
 * @param pValue    its p-value (never NaN)
 * @param method    {@link Method#EXACT} or {@link Method#ASYMPTOTIC}
 * @param n1        number of values of x used (NaN removed)
 * @param n2        number of values of y used
 */
public record CramerVonMisesResult(double statistic, double pValue, Method method, int n1, int n2)
        implements TestResult {
}
