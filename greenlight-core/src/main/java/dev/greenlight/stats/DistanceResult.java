package dev.greenlight.stats;

/**
 * A distance between two samples, with the number of values used from each.
 *
 * @param distance the distance
 * @param n1       number of values of the first sample used (NaN removed)
 * @param n2       number of values of the second sample used
 */
public record DistanceResult(double distance, int n1, int n2) {
}
