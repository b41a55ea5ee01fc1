package dev.greenlight.drift;

/**
 * The drift of one column.
 *
 * @param name            the column
 * @param kind            numeric or categorical
 * @param role            feature, label or prediction
 * @param test            the registry name of the test used
 * @param statistic       its statistic or distance
 * @param pValue          its p-value (NaN for distances)
 * @param adjustedPValue  the p-value after the multiple-testing correction (NaN for distances); the decision uses
 *                        this one
 * @param effectSize      see {@link TestOutcome#effectSize()}
 * @param threshold       the threshold the decision used
 * @param thresholdSource {@code default}, {@code given} or {@code reference chunks}
 * @param drift           whether the column drifted
 * @param nReference      present reference values
 * @param nCurrent        present current values
 * @param method          how the statistic was computed ({@code exact}, {@code asymptotic}, {@code sketch}...)
 * @param effectThreshold the effect the default decision required beyond the p-value (the column drifts only when
 *                        {@code effectSize} exceeds it), or null when the decision was the threshold alone (a
 *                        given threshold, or a distance)
 */
public record ColumnDrift(String name, ColumnKind kind, ColumnRole role, String test, double statistic,
                          double pValue, double adjustedPValue, double effectSize, double threshold,
                          String thresholdSource, boolean drift, long nReference, long nCurrent, String method,
                          EffectThreshold effectThreshold) {
}
