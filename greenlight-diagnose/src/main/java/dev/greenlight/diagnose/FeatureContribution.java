package dev.greenlight.diagnose;

/**
 * How much of the covariate-shift drop one feature carries: the reference's performance when its rows are
 * reweighted to production's distribution of this feature alone.
 *
 * @param feature       the feature
 * @param reweighted    the metric on the reference reweighted towards production's distribution of the feature
 * @param drop          how much worse than the reference that is (positive = worse)
 * @param driftedChunks production chunks whose drift alerted on the feature
 */
public record FeatureContribution(String feature, double reweighted, double drop, int driftedChunks) {
}
