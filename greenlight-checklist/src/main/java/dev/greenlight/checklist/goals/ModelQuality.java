package dev.greenlight.checklist.goals;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Outcomes;

/**
 * One configured model's test outcomes and its primary metric with a bootstrap interval, or why it could not be
 * scored.
 *
 * @param outcomes null when the model could not score the test set
 * @param primary  the primary metric with its interval; null when there are no outcomes
 * @param error    why the model could not score the test set, or null
 */
record ModelQuality(ModelConfig model, Outcomes outcomes, ConfidenceInterval primary, String error) {
}
