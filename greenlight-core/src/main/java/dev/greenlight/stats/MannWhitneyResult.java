package dev.greenlight.stats;

/**
 * Result of the Mann-Whitney U test.
 *
 * @param statistic U of x: the number of pairs (x_i, y_j) with x_i &gt; y_j, plus 1/2 per tied pair
 * @param pValue    its p-value for the chosen alternative; {@code NaN} only for the asymptotic method without
 *                  continuity correction when every value is the same (z = 0/0)
 * @param method    {@link Method#EXACT} or {@link Method#ASYMPTOTIC}
 * @param n1        number of values of x used (NaN removed)
 * @param n2        number of values of y used
 */
public record MannWhitneyResult(double statistic, double pValue, Method method, int n1, int n2)
        implements TestResult {
}
