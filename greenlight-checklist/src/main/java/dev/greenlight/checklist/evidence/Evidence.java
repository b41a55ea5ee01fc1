package dev.greenlight.checklist.evidence;

import java.util.Objects;

/**
 * One named figure behind a result, with how it was produced and on how many rows, so a reader can judge it.
 *
 * @param name    what it is, e.g. "roc_auc (test)"
 * @param value   the number, or null for a textual fact
 * @param text    the fact in words when there is no number (or a unit/qualifier), else null
 * @param method  the test, estimator or definition that produced it, e.g. "scikit-learn roc_auc_score definition"
 * @param n       rows used, or null when not row-based
 * @param dataset the dataset it was measured on, or null
 * @param ciLow   lower end of a confidence interval, or null
 * @param ciHigh  upper end of a confidence interval, or null
 */
public record Evidence(String name, Double value, String text, String method, Long n, String dataset,
                       Double ciLow, Double ciHigh) {

    public Evidence {
        Objects.requireNonNull(name, "name");
        if (value == null && text == null) {
            throw new IllegalArgumentException("evidence '" + name + "' has neither a value nor a text");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new IllegalArgumentException("evidence '" + name + "' is not a finite number: " + value
                    + "; report the reason as text instead");
        }
    }

    /** The method of evidence that records one of the team's plan answers. */
    public static final String TEAM_ANSWER = "team's answer";

    /** The team's answer to a plan question, recorded under the configuration key that holds it. */
    public static Evidence answer(String question, String answer, String key) {
        return new Evidence(question, null, answer, TEAM_ANSWER + " (" + key + ")", null, null, null, null);
    }

    public boolean isTeamAnswer() {
        return method != null && method.startsWith(TEAM_ANSWER);
    }

    public static Evidence number(String name, double value, String method, long n, String dataset) {
        return new Evidence(name, value, null, method, n, dataset, null, null);
    }

    public static Evidence text(String name, String text, String method) {
        return new Evidence(name, null, text, method, null, null, null, null);
    }

    public Evidence withInterval(double low, double high) {
        return new Evidence(name, value, text, method, n, dataset, low, high);
    }
}
