package dev.greenlight.checklist;

import dev.greenlight.checklist.evidence.Threshold;

import java.util.Objects;

/**
 * How one condition judged a check's measurement.
 *
 * @param condition  the condition's id, e.g. {@code beats-strongest-baseline}; {@code did-not-run} for a
 *                   comparison the check could not make
 * @param status     PASS, WARN or FAIL
 * @param message    what was found, in one clause a summary can join with others
 * @param evidenceId the evidence the condition judged, or null
 * @param threshold  the threshold it applied to that evidence, or null
 */
public record ConditionResult(String condition, Status status, String message, String evidenceId,
                              Threshold threshold) {
    /** The condition id of a comparison that did not run (a check that did not run never passes). */
    public static final String DID_NOT_RUN = "did-not-run";

    public ConditionResult {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(message, "message");
        if (status != Status.PASS && status != Status.WARN && status != Status.FAIL) {
            throw new IllegalArgumentException("a condition passes, warns or fails, not " + status);
        }
    }

    public static ConditionResult pass(String condition, String message) {
        return new ConditionResult(condition, Status.PASS, message, null, null);
    }

    public static ConditionResult warn(String condition, String message) {
        return new ConditionResult(condition, Status.WARN, message, null, null);
    }

    public static ConditionResult fail(String condition, String message) {
        return new ConditionResult(condition, Status.FAIL, message, null, null);
    }

    /** PASS when {@code holds}, else {@code otherwise}. */
    public static ConditionResult of(String condition, boolean holds, Status otherwise, String message) {
        return new ConditionResult(condition, holds ? Status.PASS : otherwise, message, null, null);
    }

    /** This result, naming the evidence it judged and the threshold applied to it. */
    public ConditionResult on(String evidence, Threshold t) {
        return new ConditionResult(condition, status, message, evidence, t);
    }

    public boolean passed() {
        return status == Status.PASS;
    }
}
