package dev.greenlight.drift;

/**
 * What a drift test computed for one column, with no decision attached.
 *
 * @param statistic  the test statistic or distance
 * @param pValue     its p-value; NaN for distances, which have none
 * @param effectSize a size of the difference that does not grow with the sample: the statistic itself for a
 *                   distance; for a hypothesis test the Wasserstein distance over the reference standard
 *                   deviation (numeric) or the total variation distance between the category shares
 *                   (categorical); the default decision compares it with an {@link EffectThreshold}
 * @param method     how it was computed (e.g. {@code exact}, {@code asymptotic}, {@code sketch})
 */
public record TestOutcome(double statistic, double pValue, double effectSize, String method) {
}
