package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * McNemar's test of paired proportions (McNemar 1947, Psychometrika 12:153): do two classifiers scored on the same
 * rows have the same accuracy? Only the discordant rows carry information: {@code b} rows that the first gets right
 * and the second wrong, {@code c} the other way round. Under the null hypothesis each discordant row is either kind
 * with probability 1/2.
 * <ul>
 *   <li>{@link Variant#EXACT}: statistic {@code min(b, c)}, p-value {@code min(1, 2 P(X <= min(b, c)))} for
 *       {@code X ~ Binomial(b + c, 1/2)}, as statsmodels {@code mcnemar(table, exact=True)} (equal to scipy's
 *       two-sided {@code binomtest(b, b + c)});</li>
 *   <li>{@link Variant#MID_P}: the exact p-value less the probability of the observed count,
 *       {@code min(1, 2 P(X <= min) - P(X = min))} (Fagerland, Lydersen &amp; Laake 2013, BMC Medical Research
 *       Methodology 13:91, recommended for its closer-to-nominal size);</li>
 *   <li>{@link Variant#CHI_SQUARE}: {@code (b - c)^2 / (b + c)} against chi-square with 1 degree of freedom
 *       (statsmodels {@code exact=False, correction=False});</li>
 *   <li>{@link Variant#CHI_SQUARE_CORRECTED}: with Edwards' continuity correction {@code (|b - c| - 1)^2 / (b + c)}
 *       (statsmodels {@code exact=False}, its default correction; note it gives 1/(b+c), not 0, when b = c).</li>
 * </ul>
 * With no discordant row the exact and mid-p p-values are 1 and the chi-square ones undefined (NaN statistic and
 * p-value: 0/0), as in statsmodels.
 */
public final class McNemar {

    /** How the p-value is computed. */
    public enum Variant { EXACT, MID_P, CHI_SQUARE, CHI_SQUARE_CORRECTED }

    private McNemar() {
    }

    /**
     * The test from the discordant counts.
     *
     * @param onlyFirstCorrect  b: rows the first classifier gets right and the second wrong
     * @param onlySecondCorrect c: rows the second gets right and the first wrong
     * @throws InvalidDataException when a count is negative, or their sum exceeds {@link Integer#MAX_VALUE}
     */
    public static McNemarResult test(long onlyFirstCorrect, long onlySecondCorrect, Variant variant) {
        if (onlyFirstCorrect < 0 || onlySecondCorrect < 0) {
            throw new InvalidDataException("discordant counts must be at least 0, got b = " + onlyFirstCorrect
                    + ", c = " + onlySecondCorrect);
        }
        long discordant = onlyFirstCorrect + onlySecondCorrect;
        if (discordant > Integer.MAX_VALUE) {
            throw new InvalidDataException("b + c = " + discordant + " is more than the binomial can take");
        }
        int n = (int) discordant;
        int min = (int) Math.min(onlyFirstCorrect, onlySecondCorrect);
        double statistic;
        double p;
        switch (variant) {
            case EXACT, MID_P -> {
                BinomialDistribution binomial = BinomialDistribution.of(n, 0.5);
                statistic = min;
                p = 2 * binomial.cumulativeProbability(min);
                if (variant == Variant.MID_P) {
                    p -= binomial.probability(min);
                }
                p = Math.min(1.0, p);
            }
            default -> {
                double d = Math.abs(onlyFirstCorrect - onlySecondCorrect)
                        - (variant == Variant.CHI_SQUARE_CORRECTED ? 1.0 : 0.0);
                statistic = d * d / n;
                p = n == 0 ? Double.NaN : ChiSquaredDistribution.of(1).survivalProbability(statistic);
            }
        }
        return new McNemarResult(statistic, p, onlyFirstCorrect, onlySecondCorrect, variant);
    }

    /**
     * The test of two classifiers' predictions of the same rows.
     *
     * @param yTrue       true class per row
     * @param firstPred   the first classifier's predicted class per row
     * @param secondPred  the second's
     * @throws InvalidDataException when the arrays differ in length
     */
    public static McNemarResult compare(int[] yTrue, int[] firstPred, int[] secondPred, Variant variant) {
        if (firstPred.length != yTrue.length || secondPred.length != yTrue.length) {
            throw new InvalidDataException("McNemar's test needs both classifiers on the same rows: y_true has "
                    + yTrue.length + " rows, the predictions " + firstPred.length + " and " + secondPred.length);
        }
        long b = 0;
        long c = 0;
        for (int i = 0; i < yTrue.length; i++) {
            boolean first = firstPred[i] == yTrue[i];
            boolean second = secondPred[i] == yTrue[i];
            if (first && !second) {
                b++;
            } else if (second && !first) {
                c++;
            }
        }
        return test(b, c, variant);
    }
}
