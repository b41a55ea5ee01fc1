package dev.greenlight.drift;

/**
 * Whether the dataset as a whole drifted: at least {@code threshold} of the compared columns did.
 *
 * @param driftedColumns  number of columns that drifted
 * @param columns         number of columns compared
 * @param share           driftedColumns / columns
 * @param threshold       the share from which the dataset drifts
 * @param drift           share &ge; threshold
 * @param correction      the multiple-testing correction applied to the p-values
 * @param approximate     true when some statistic came from a profile's sketches
 * @param rankErrorBound  largest rank error of a sketch-based ECDF used (the KS statistic and bin shares from
 *                        sketches are within this of the exact ones, 99% confidence); 0 when exact
 */
public record DatasetDrift(int driftedColumns, int columns, double share, double threshold, boolean drift,
                           Correction correction, boolean approximate, double rankErrorBound) {
}
