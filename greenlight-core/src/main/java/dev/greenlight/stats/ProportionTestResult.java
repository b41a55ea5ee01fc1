package dev.greenlight.stats;

/**
 * Result of the two-proportion z-test.
 *
 * @param statistic the z statistic {@code (p1 - p2) / se}
 * @param pValue    two-sided normal p-value {@code 2 Phi(-|z|)}; {@code NaN} when both samples are constant and
 *                  equal (all 0 or all 1), where the pooled variance is 0 and z is 0/0
 * @param proportion1 share of ones in sample 1
 * @param proportion2 share of ones in sample 2
 * @param n1        number of values of sample 1 used
 * @param n2        number of values of sample 2 used
 */
public record ProportionTestResult(double statistic, double pValue, double proportion1, double proportion2,
                                   long n1, long n2) implements TestResult {
}
