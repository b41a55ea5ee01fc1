package dev.greenlight.diagnose;

import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.time.Window;

/**
 * Settings of a diagnosis.
 *
 * @param metric          the metric to explain; null = the monitor's first default (ROC AUC with scores, else
 *                        accuracy; MAE for regression)
 * @param referenceChunks chunks the reference is cut into to learn its chunk-to-chunk spread (NannyML's default 10)
 * @param sigmas          width of the chance band in standard deviations (the monitor's default 3)
 * @param skewMaxShare    a feature is skewed when more than this share of matched records differ
 * @param skewTolerance   numbers within this absolute difference are equal in the skew comparison
 * @param productionWindow the period the production metric covers; null = the span of the production timestamps
 * @param attributedFeatures at most this many features get a covariate contribution (the most drifted first)
 * @param seed            seed of every random choice
 */
public record DiagnoseOptions(String metric, int referenceChunks, double sigmas, double skewMaxShare,
                              double skewTolerance, Window productionWindow, int attributedFeatures, long seed) {
    public static final int DEFAULT_REFERENCE_CHUNKS = 10;
    public static final double DEFAULT_SIGMAS = 3;
    public static final double DEFAULT_SKEW_MAX_SHARE = 0.01;
    public static final double DEFAULT_SKEW_TOLERANCE = 1e-6;
    public static final int DEFAULT_ATTRIBUTED_FEATURES = 10;

    public DiagnoseOptions {
        if (referenceChunks < 3) {
            throw new InvalidConfigException("diagnose needs at least 3 reference chunks, got " + referenceChunks);
        }
        if (!(sigmas > 0)) {
            throw new InvalidConfigException("diagnose sigmas must be positive, got " + sigmas);
        }
        if (!(skewMaxShare >= 0 && skewMaxShare < 1)) {
            throw new InvalidConfigException("the skew share limit must be in [0, 1), got " + skewMaxShare);
        }
        if (!(skewTolerance >= 0)) {
            throw new InvalidConfigException("the skew tolerance must be at least 0, got " + skewTolerance);
        }
        if (attributedFeatures < 0) {
            throw new InvalidConfigException("attributed features must be at least 0, got " + attributedFeatures);
        }
    }

    public static DiagnoseOptions defaults() {
        return new DiagnoseOptions(null, DEFAULT_REFERENCE_CHUNKS, DEFAULT_SIGMAS, DEFAULT_SKEW_MAX_SHARE,
                DEFAULT_SKEW_TOLERANCE, null, DEFAULT_ATTRIBUTED_FEATURES, 42);
    }

    public DiagnoseOptions withMetric(String m) {
        return new DiagnoseOptions(m, referenceChunks, sigmas, skewMaxShare, skewTolerance, productionWindow,
                attributedFeatures, seed);
    }

    public DiagnoseOptions withProductionWindow(Window w) {
        return new DiagnoseOptions(metric, referenceChunks, sigmas, skewMaxShare, skewTolerance, w,
                attributedFeatures, seed);
    }

    public DiagnoseOptions withSeed(long s) {
        return new DiagnoseOptions(metric, referenceChunks, sigmas, skewMaxShare, skewTolerance, productionWindow,
                attributedFeatures, s);
    }
}
