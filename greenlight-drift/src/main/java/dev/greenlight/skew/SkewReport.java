package dev.greenlight.skew;

import java.util.List;

/**
 * The comparison of a training and a serving file of the same records.
 *
 * @param training            the training file's name
 * @param serving             the serving file's name
 * @param options             what was compared and with which tolerance
 * @param matched             ids in both files
 * @param trainingOnly        ids only in the training file
 * @param servingOnly         ids only in the serving file
 * @param features            every compared feature, ranked: most differing records first, then the larger
 *                            distribution distance
 * @param trainingOnlyColumns columns only the training file has (the serving pipeline does not produce them)
 * @param servingOnlyColumns  columns only the serving file has
 */
public record SkewReport(String training, String serving, SkewOptions options, long matched, long trainingOnly,
                         long servingOnly, List<FeatureSkew> features, List<String> trainingOnlyColumns,
                         List<String> servingOnlyColumns) {
}
