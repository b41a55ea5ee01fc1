package dev.greenlight.drift.multivariate;

/**
 * PCA reconstruction error (NannyML's data reconstruction drift): numeric features standardised with the
 * reference, projected on the reference's leading principal components and mapped back; the error of a row is the
 * Euclidean distance to its reconstruction.
 *
 * @param features          numeric features used
 * @param components        principal components kept (enough for {@link PcaReconstruction#VARIANCE_KEPT} of the
 *                          variance)
 * @param varianceExplained share of the reference variance they explain
 * @param referenceError    mean reconstruction error of the reference rows
 * @param currentError      mean reconstruction error of the current rows
 * @param lowerThreshold    mean minus 3 sd of the error over reference chunks
 * @param upperThreshold    mean plus 3 sd of the error over reference chunks
 * @param drift             currentError outside [lowerThreshold, upperThreshold]
 */
public record ReconstructionResult(int features, int components, double varianceExplained, double referenceError,
                                   double currentError, double lowerThreshold, double upperThreshold,
                                   boolean drift) {
}
