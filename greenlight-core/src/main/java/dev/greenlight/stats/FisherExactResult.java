package dev.greenlight.stats;

/**
 * Result of Fisher's exact test of a 2 x 2 table.
 *
 * @param oddsRatio the sample odds ratio (the statistic scipy reports); NaN when a margin is 0
 * @param pValue    the two-sided p-value
 */
public record FisherExactResult(double oddsRatio, double pValue) implements TestResult {
    @Override
    public double statistic() {
        return oddsRatio;
    }
}
