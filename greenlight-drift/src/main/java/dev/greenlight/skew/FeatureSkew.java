package dev.greenlight.skew;

import java.util.List;

/**
 * How one feature differs between the training and the serving version of the same records.
 *
 * @param feature            the column
 * @param kind               {@code numeric} when both files hold numbers, else {@code categorical} (compared as
 *                           text)
 * @param compared           matched records
 * @param differing          records whose two values differ: beyond the tolerance, or present on one side only
 * @param missingOneSide     records with a value on one side only
 * @param maxAbsDifference   numeric: the largest {@code |t - s|} over records with both values (NaN otherwise)
 * @param meanAbsDifference  numeric: the mean {@code |t - s|} over records with both values (NaN otherwise)
 * @param mappings           categorical: each (training value, serving value) pair that differs, most frequent
 *                           first; empty for numeric features
 * @param distance           the two pipelines' distributions of the feature over the matched records, by a drift
 *                           test ({@code ks} for numbers, {@code js} for categories)
 */
public record FeatureSkew(String feature, String kind, long compared, long differing, long missingOneSide,
                          double maxAbsDifference, double meanAbsDifference, List<ValueMapping> mappings,
                          Distance distance) {

    /** Share of the matched records whose values differ; 0 when there are none. */
    public double differingShare() {
        return compared == 0 ? 0.0 : (double) differing / compared;
    }

    /** Share of the matched records with a value on one side only. */
    public double missingOneSideShare() {
        return compared == 0 ? 0.0 : (double) missingOneSide / compared;
    }

    /**
     * A drift test's result on the two sides.
     *
     * @param test      the drift test's registry name
     * @param statistic its statistic (KS D, or the Jensen-Shannon distance)
     * @param pValue    its p-value, NaN for a distance
     */
    public record Distance(String test, double statistic, double pValue) {
    }
}
