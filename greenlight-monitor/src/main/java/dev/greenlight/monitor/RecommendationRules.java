package dev.greenlight.monitor;

import dev.greenlight.error.InvalidConfigException;

/**
 * When alerts become a recommendation to retrain or roll back (configurable under {@code monitoring.recommend}).
 *
 * @param retrainAfter        consecutive analysis chunks with a performance alert (realized, or estimated where no
 *                            realized value exists) before retraining is recommended
 * @param rollbackFromStart   recommend a rollback, not a retrain, when that run of alerts starts at the first
 *                            analysis chunk: the model never performed in production as it did on the reference
 * @param driftShare          investigate when at least this share of the features alert in one chunk (any single
 *                            alert already makes {@code investigate}; this only adds the reason)
 */
public record RecommendationRules(int retrainAfter, boolean rollbackFromStart, double driftShare) {
    public static final int DEFAULT_RETRAIN_AFTER = 2;
    public static final double DEFAULT_DRIFT_SHARE = 0.5;

    public RecommendationRules {
        if (retrainAfter < 1) {
            throw new InvalidConfigException("monitoring.recommend.retrain_after must be at least 1 chunk, got "
                    + retrainAfter);
        }
        if (!(driftShare > 0 && driftShare <= 1)) {
            throw new InvalidConfigException("monitoring.recommend.drift_share must be in (0, 1], got " + driftShare);
        }
    }

    public static RecommendationRules defaults() {
        return new RecommendationRules(DEFAULT_RETRAIN_AFTER, true, DEFAULT_DRIFT_SHARE);
    }
}
