package dev.greenlight.checklist;

import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of one check: a status, the one-line summary, the evidence, the findings in plain words, what to do,
 * and the questions left open.
 *
 * @param info           which check
 * @param status         the outcome
 * @param summary        one sentence a reader sees first
 * @param evidence       named figures, each with its method and row count
 * @param tables         tabular evidence
 * @param charts         chart data
 * @param findings       observations in plain words
 * @param recommendation what to do next, or null
 * @param openQuestions  unanswered plan questions
 * @param reason         for NOT_APPLICABLE and ERROR: why; else null
 * @param waiver         the waiver applied, or null
 * @param durationMillis how long the check took
 * @param conditions     how each condition judged the check's figures (empty for a check that judges otherwise)
 */
public record CheckResult(CheckInfo info, Status status, String summary, List<Evidence> evidence,
                          List<EvidenceTable> tables, List<Chart> charts, List<String> findings,
                          String recommendation, List<OpenQuestion> openQuestions, String reason,
                          AppliedWaiver waiver, long durationMillis, List<ConditionResult> conditions) {

    public CheckResult {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        findings = List.copyOf(findings);
        openQuestions = List.copyOf(openQuestions);
        conditions = List.copyOf(conditions);
        if ((status == Status.NOT_APPLICABLE || status == Status.ERROR) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(info.id() + ": " + status + " needs a reason");
        }
        if (status == Status.WAIVED && waiver == null) {
            throw new IllegalArgumentException(info.id() + ": WAIVED needs the waiver");
        }
    }

    /** The figure with this id, if the check recorded it. */
    public java.util.Optional<Evidence> evidence(String id) {
        return evidence.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The results of the condition with this id (one per judged thing), in the order they were judged. */
    public List<ConditionResult> conditions(String id) {
        return conditions.stream().filter(c -> c.condition().equals(id)).toList();
    }

    /** The results that did not pass: the reasons for a WARN or FAIL. */
    public List<ConditionResult> unmet() {
        return conditions.stream().filter(c -> !c.passed()).toList();
    }

    /** The result for a check that threw: the rest of the checklist still runs. */
    public static CheckResult error(CheckInfo info, Throwable t, long millis) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return new CheckResult(info, Status.ERROR, "The check could not run: " + message, List.of(), List.of(),
                List.of(), List.of(), "Fix the cause above and run again; if it looks like a Greenlight bug, report "
                + "it with the configuration.", List.of(), message, null, millis, List.of());
    }

    CheckResult withWaiver(AppliedWaiver w) {
        return new CheckResult(info, Status.WAIVED, summary, evidence, tables, charts, findings, recommendation,
                openQuestions, reason, w, durationMillis, conditions);
    }

    CheckResult withFinding(String finding) {
        List<String> f = new ArrayList<>(findings);
        f.add(finding);
        return new CheckResult(info, status, summary, evidence, tables, charts, f, recommendation, openQuestions,
                reason, waiver, durationMillis, conditions);
    }

    CheckResult withDuration(long millis) {
        return new CheckResult(info, status, summary, evidence, tables, charts, findings, recommendation,
                openQuestions, reason, waiver, millis, conditions);
    }
}
