package dev.greenlight.checklist.evidence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One figure behind a result, with how it was produced and on how many rows, so a reader can judge it; and, when a
 * condition judged it, the threshold that condition applied.
 *
 * @param id        stable within its checklist item (e.g. {@code model.roc_auc.test}), for tests and tools that read
 *                  a report: the name is prose and may change, the id does not
 * @param name      what it is, in words, e.g. "roc_auc (test)"
 * @param value     the number, or null for a textual fact
 * @param text      the fact in words when there is no number (or a unit/qualifier), else null
 * @param method    the test, estimator or definition that produced it, e.g. "scikit-learn roc_auc_score definition"
 * @param n         rows used, or null when not row-based
 * @param dataset   the dataset it was measured on, or null
 * @param ciLow     lower end of a confidence interval, or null
 * @param ciHigh    upper end of a confidence interval, or null
 * @param threshold the threshold a condition applied to the value, or null when none judged it
 */
public record Evidence(String id, String name, Double value, String text, String method, Long n, String dataset,
                       Double ciLow, Double ciHigh, Threshold threshold) {
    private static final Pattern ID = Pattern.compile("\\S+");

    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("evidence id '" + id + "' must be one word without spaces");
        }
        if (value == null && text == null) {
            throw new IllegalArgumentException("evidence '" + id + "' has neither a value nor a text");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new IllegalArgumentException("evidence '" + id + "' is not a finite number: " + value
                    + "; report the reason as text instead");
        }
    }

    /**
     * An id from its parts, joined with dots; spaces and other white space in a part (a user's model or column
     * name) become underscores: {@code id("baseline", "my rule", "roc_auc")} is {@code baseline.my_rule.roc_auc}.
     */
    public static String id(String... parts) {
        return String.join(".", java.util.Arrays.stream(parts).map(p -> p.strip().replaceAll("\\s+", "_"))
                .toList());
    }

    /** The method of evidence that records one of the team's plan answers. */
    public static final String TEAM_ANSWER = "team's answer";

    /** The team's answer to a plan question, recorded under the configuration key that holds it (also its id). */
    public static Evidence answer(String question, String answer, String key) {
        return new Evidence(key, question, null, answer, TEAM_ANSWER + " (" + key + ")", null, null, null, null, null);
    }

    public boolean isTeamAnswer() {
        return method != null && method.startsWith(TEAM_ANSWER);
    }

    public static Evidence number(String id, String name, double value, String method, long n, String dataset) {
        return new Evidence(id, name, value, null, method, n, dataset, null, null, null);
    }

    /** A number that is not counted in rows (a benchmark figure, a setting). */
    public static Evidence number(String id, String name, double value, String method) {
        return new Evidence(id, name, value, null, method, null, null, null, null, null);
    }

    public static Evidence text(String id, String name, String text, String method) {
        return new Evidence(id, name, null, text, method, null, null, null, null, null);
    }

    public Evidence withInterval(double low, double high) {
        return new Evidence(id, name, value, text, method, n, dataset, low, high, threshold);
    }

    public Evidence withThreshold(Threshold t) {
        return new Evidence(id, name, value, text, method, n, dataset, ciLow, ciHigh, t);
    }
}
