package dev.greenlight.checklist;

import dev.greenlight.checklist.evidence.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check in three steps, each its own method: {@link #measure} computes the figures (and records them as
 * evidence), {@link #conditions} judge them against thresholds taken from the configuration, and the summary says
 * in one sentence what the conditions found. This template runs the steps and enforces the checklist's rule that
 * a check that did not run never passes: every comparison {@link Measurements#notRun recorded as not run} becomes a
 * WARN with its reason.
 *
 * @param <M> what the measuring step found, as the conditions read it
 */
public abstract class MeasuredCheck<M> implements Check {

    /**
     * Computes what the item needs and records it in {@code out}; judges nothing.
     *
     * @return what the conditions read; may be null when {@code out} says the item does not apply
     */
    protected abstract M measure(CheckContext ctx, Measurements out);

    /** The conditions the measurement is judged by, their thresholds taken from the configuration. */
    protected abstract List<Condition<M>> conditions(CheckContext ctx);

    /** The one sentence a reader sees first when every condition holds. */
    protected abstract String passSummary(M measured);

    /**
     * The one sentence when a condition does not hold: by default the unmet conditions' messages, the worst first.
     *
     * @param unmet the results that did not pass, FAIL before WARN
     */
    protected String summary(M measured, Status status, List<ConditionResult> unmet) {
        return join(unmet);
    }

    /** What to do next, or null; called when a condition does not hold. */
    protected String recommendation(M measured, Status status, List<ConditionResult> unmet) {
        return null;
    }

    @Override
    public final CheckResult run(CheckContext ctx) {
        Measurements out = new Measurements();
        M measured = measure(ctx, out);
        if (out.notApplicableReason() != null) {
            return new CheckResult(info(), Status.NOT_APPLICABLE, "Not applicable: " + out.notApplicableReason(),
                    out.evidence(), out.tables(), out.charts(), out.findings(), null, out.openQuestions(),
                    out.notApplicableReason(), null, 0, List.of());
        }
        List<ConditionResult> results = new ArrayList<>();
        for (Condition<M> c : conditions(ctx)) {
            results.addAll(c.apply(measured));
        }
        out.notRun().forEach(what -> results.add(ConditionResult.warn(ConditionResult.DID_NOT_RUN, what)));
        Status status = Status.PASS;
        for (ConditionResult r : results) {
            status = status.worse(r.status());
        }
        List<ConditionResult> unmet = results.stream().filter(r -> !r.passed())
                .sorted(Comparator.comparing((ConditionResult r) -> r.status() != Status.FAIL)).toList();
        String summary = status == Status.PASS ? passSummary(measured) : summary(measured, status, unmet);
        String recommendation = status == Status.PASS ? null : recommendation(measured, status, unmet);
        if (recommendation == null && status != Status.PASS) {
            recommendation = out.recommendation();
        }
        return new CheckResult(info(), status, summary, judged(out.evidence(), results), out.tables(),
                out.charts(), out.findings(), recommendation, out.openQuestions(), null, null, 0, results);
    }

    /** The evidence with the thresholds the conditions applied to it. */
    private List<Evidence> judged(List<Evidence> evidence, List<ConditionResult> results) {
        Map<String, Evidence> byId = new LinkedHashMap<>();
        evidence.forEach(e -> byId.put(e.id(), e));
        for (ConditionResult r : results) {
            if (r.evidenceId() == null) {
                continue;
            }
            Evidence e = byId.get(r.evidenceId());
            if (e == null) {
                throw new IllegalStateException(info().id() + ": condition '" + r.condition() + "' judged evidence '"
                        + r.evidenceId() + "', which the check did not record");
            }
            if (r.threshold() != null) {
                byId.put(e.id(), e.withThreshold(r.threshold()));
            }
        }
        return List.copyOf(byId.values());
    }

    /** Messages joined into one sentence, each cut to 200 characters. */
    protected static String join(List<ConditionResult> results) {
        return String.join("; ", results.stream().map(ConditionResult::message)
                .map(t -> t.length() > 200 ? t.substring(0, 197) + "..." : t).toList()) + ".";
    }
}
