package dev.greenlight.stats;

/**
 * Result of {@link McNemar}'s test.
 *
 * @param statistic         exact and mid-p: {@code min(b, c)}; chi-square: the chi-square statistic (NaN when
 *                          {@code b + c = 0})
 * @param pValue            two-sided p-value (NaN for the chi-square variants when {@code b + c = 0})
 * @param onlyFirstCorrect  b: rows only the first classifier gets right
 * @param onlySecondCorrect c: rows only the second gets right
 * @param variant           how the p-value was computed
 */
public record McNemarResult(double statistic, double pValue, long onlyFirstCorrect, long onlySecondCorrect,
                            McNemar.Variant variant) implements TestResult {

    /** {@code b + c}: the rows on which the two disagree about being right. */
    public long discordant() {
        return onlyFirstCorrect + onlySecondCorrect;
    }
}
