package dev.greenlight.checklist.evidence;

/**
 * A question of the production plan that the configuration does not answer yet.
 *
 * @param key      where to answer it in the configuration, e.g. {@code plan.ground_truth.delay}
 * @param question the question in plain words
 */
public record OpenQuestion(String key, String question) {
}
