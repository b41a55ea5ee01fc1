package dev.greenlight.stats;

/**
 * Result of the kernel two-sample test ({@link MaximumMeanDiscrepancy}).
 *
 * @param mmd2         the unbiased squared maximum mean discrepancy {@code MMD^2_u}
 * @param bandwidth    the Gaussian kernel's sigma (median heuristic); 0 when every value is the same
 * @param pValue       the permutation p-value, at least {@code 1 / (1 + permutations)}
 * @param permutations permutations drawn
 */
public record MmdResult(double mmd2, double bandwidth, double pValue, int permutations) implements TestResult {
    @Override
    public double statistic() {
        return mmd2;
    }
}
