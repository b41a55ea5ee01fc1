package dev.greenlight.stats;

/**
 * Result of a chi-square (power-divergence) test of independence on a contingency table.
 *
 * @param statistic the power-divergence statistic (Pearson's X^2 by default), after Yates' correction when it
 *                  applied
 * @param pValue    upper tail of the chi-square distribution with {@code dof} degrees of freedom; 1 when
 *                  {@code dof == 0}
 * @param dof       degrees of freedom {@code (rows - 1)(columns - 1)}
 * @param expected  expected counts under independence, {@code rowSum * columnSum / total}
 * @param yatesCorrected whether Yates' continuity correction was applied
 */
public record ChiSquareResult(double statistic, double pValue, int dof, double[][] expected, boolean yatesCorrected)
        implements TestResult {
    public ChiSquareResult {
        expected = Tables.copy(expected);
    }

    /** A copy of the expected counts. */
    @Override
    public double[][] expected() {
        return Tables.copy(expected);
    }
}
