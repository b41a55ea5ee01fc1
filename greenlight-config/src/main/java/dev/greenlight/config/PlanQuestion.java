package dev.greenlight.config;

/**
 * A question of the production plan the team answers in the configuration's {@code plan:} section.
 *
 * @param section  the plan section, e.g. {@code ground_truth}
 * @param key      the key under it, e.g. {@code delay}
 * @param question the question in plain words
 */
public record PlanQuestion(String section, String key, String question) {

    /** Where the answer goes, e.g. {@code plan.ground_truth.delay}. */
    public String path() {
        return "plan." + section + "." + key;
    }
}
