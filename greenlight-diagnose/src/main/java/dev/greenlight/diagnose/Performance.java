package dev.greenlight.diagnose;

/**
 * The performance the diagnosis explains.
 *
 * @param metric     the metric (as {@code greenlight metrics} names it)
 * @param higherIsBetter whether a larger value is better
 * @param reference  realized on the reference (the test set)
 * @param realized   realized on the labelled production rows; null without labels
 * @param estimated  estimated on production without labels (CBPE, DLE); null when the model's outputs allow none
 * @param drop       how much worse production is than the reference (positive = worse), realized when labels
 *                   exist, else estimated
 * @param band       half-width of the band the drop moves by chance: the monitor's sigmas times the root sum of
 *                   squares of the reference's chunk-to-chunk standard deviation scaled to the production rows and
 *                   the reference figure's own standard error
 * @param beyondBand the drop is larger than the band
 */
public record Performance(String metric, boolean higherIsBetter, Figure reference, Figure realized,
                          Figure estimated, double drop, double band, boolean beyondBand) {
}
