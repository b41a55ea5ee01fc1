package dev.greenlight.stats;

/**
 * Result of the k-sample Anderson-Darling test.
 *
 * @param statistic      the standardised statistic {@code (A2kN - (k - 1)) / sigma_N}
 * @param criticalValues critical values of the statistic at the significance levels
 *                       {@link AndersonDarling#significanceLevels()} (25 %, 10 %, 5 %, 2.5 %, 1 %, 0.5 %, 0.1 %)
 * @param pValue         approximate p-value interpolated from the critical values, capped to [0.001, 0.25]
 * @param pValueCapped   true when the p-value was capped: the true p-value is above 0.25 (reported 0.25) or
 *                       below 0.001 (reported 0.001)
 * @param sizes          number of values used from each sample (NaN removed)
 */
public record AndersonDarlingResult(double statistic, double[] criticalValues, double pValue, boolean pValueCapped,
                                    int[] sizes) implements TestResult {
    public AndersonDarlingResult {
        criticalValues = criticalValues.clone();
        sizes = sizes.clone();
    }

    @Override
    public double[] criticalValues() {
        return criticalValues.clone();
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }
}
