package dev.greenlight.checklist;

/**
 * One item of the checklist. Implementations are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.greenlight.checklist.Check}), so a new check plugs in without touching the engine.
 *
 * <p>A check computes evidence and judges it against thresholds read from the configuration; it must not throw
 * for data it does not apply to (return {@link Status#NOT_APPLICABLE} with the reason). An exception is recorded
 * as {@link Status#ERROR} for this item and the rest of the checklist still runs.
 */
public interface Check {

    CheckInfo info();

    CheckResult run(CheckContext context);
}
