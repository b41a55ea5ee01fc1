package dev.greenlight.stats;

/**
 * Result of a two-sample t-test.
 *
 * @param statistic {@code t = (mean(a) - mean(b)) / se}; {@code NaN} when both samples are constant with equal
 *                  means (0/0), infinite when constant with different means
 * @param pValue    its p-value for the chosen alternative; {@code NaN} exactly when the statistic is NaN (also
 *                  when a sample has a single value, whose variance is undefined)
 * @param df        degrees of freedom: Welch-Satterthwaite for Welch's test, {@code n1 + n2 - 2} for Student's
 * @param equalVariances true for Student's pooled-variance test, false for Welch's
 * @param n1        number of values of a used (NaN removed)
 * @param n2        number of values of b used
 */
public record TTestResult(double statistic, double pValue, double df, boolean equalVariances, int n1, int n2)
        implements TestResult {
}
