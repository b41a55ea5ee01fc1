package dev.greenlight.drift.multivariate;

import java.util.List;

/**
 * The domain classifier's verdict.
 *
 * @param auc            cross-validated ROC AUC of telling current rows (positive) from reference rows; 0.5 means
 *                       indistinguishable
 * @param aucLow         lower end of its 95% interval (Hanley and McNeil 1982 standard error)
 * @param aucHigh        upper end
 * @param folds          cross-validation folds
 * @param referenceRows  reference rows used
 * @param currentRows    current rows used
 * @param threshold      AUC from which the datasets count as distinguishable
 * @param drift          auc &ge; threshold and aucLow &gt; 0.5
 * @param topFeatures    the features the classifier leans on most, with their share of the total split gain
 */
public record DomainClassifierResult(double auc, double aucLow, double aucHigh, int folds, int referenceRows,
                                     int currentRows, double threshold, boolean drift,
                                     List<FeatureImportance> topFeatures) {
    public DomainClassifierResult {
        topFeatures = List.copyOf(topFeatures);
    }

    /** A feature and its share of the classifier's total gain. */
    public record FeatureImportance(String name, double importance) {
    }
}
