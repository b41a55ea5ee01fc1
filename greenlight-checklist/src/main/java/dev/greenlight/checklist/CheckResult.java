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
 */
public record CheckResult(CheckInfo info, Status status, String summary, List<Evidence> evidence,
                          List<EvidenceTable> tables, List<Chart> charts, List<String> findings,
                          String recommendation, List<OpenQuestion> openQuestions, String reason,
                          AppliedWaiver waiver, long durationMillis) {

    public CheckResult {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        findings = List.copyOf(findings);
        openQuestions = List.copyOf(openQuestions);
        if ((status == Status.NOT_APPLICABLE || status == Status.ERROR) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(info.id() + ": " + status + " needs a reason");
        }
        if (status == Status.WAIVED && waiver == null) {
            throw new IllegalArgumentException(info.id() + ": WAIVED needs the waiver");
        }
    }

    public static Builder builder(CheckInfo info) {
        return new Builder(info);
    }

    /** The result for a check that threw: the rest of the checklist still runs. */
    public static CheckResult error(CheckInfo info, Throwable t, long millis) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return new CheckResult(info, Status.ERROR, "The check could not run: " + message, List.of(), List.of(),
                List.of(), List.of(), "Fix the cause above and run again; if it looks like a Greenlight bug, report "
                + "it with the configuration.", List.of(), message, null, millis);
    }

    CheckResult withWaiver(AppliedWaiver w) {
        return new CheckResult(info, Status.WAIVED, summary, evidence, tables, charts, findings, recommendation,
                openQuestions, reason, w, durationMillis);
    }

    CheckResult withFinding(String finding) {
        List<String> f = new ArrayList<>(findings);
        f.add(finding);
        return new CheckResult(info, status, summary, evidence, tables, charts, f, recommendation, openQuestions,
                reason, waiver, durationMillis);
    }

    CheckResult withDuration(long millis) {
        return new CheckResult(info, status, summary, evidence, tables, charts, findings, recommendation,
                openQuestions, reason, waiver, millis);
    }

    /** Collects a result piece by piece; {@link #build()} checks it is complete. */
    public static final class Builder {
        private final CheckInfo info;
        private Status status;
        private String summary;
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<EvidenceTable> tables = new ArrayList<>();
        private final List<Chart> charts = new ArrayList<>();
        private final List<String> findings = new ArrayList<>();
        private String recommendation;
        private final List<OpenQuestion> openQuestions = new ArrayList<>();
        private String reason;

        private Builder(CheckInfo info) {
            this.info = info;
        }

        public Builder status(Status s, String summary) {
            this.status = s;
            this.summary = summary;
            return this;
        }

        public Builder notApplicable(String reason) {
            this.status = Status.NOT_APPLICABLE;
            this.summary = "Not applicable: " + reason;
            this.reason = reason;
            return this;
        }

        public Builder evidence(Evidence e) {
            evidence.add(e);
            return this;
        }

        public Builder table(EvidenceTable t) {
            tables.add(t);
            return this;
        }

        public Builder chart(Chart c) {
            charts.add(c);
            return this;
        }

        public Builder finding(String f) {
            findings.add(f);
            return this;
        }

        public Builder recommendation(String r) {
            this.recommendation = r;
            return this;
        }

        public Builder openQuestion(OpenQuestion q) {
            openQuestions.add(q);
            return this;
        }

        public List<OpenQuestion> openQuestions() {
            return openQuestions;
        }

        public CheckResult build() {
            if (status == null) {
                throw new IllegalStateException(info.id() + ": no status set");
            }
            return new CheckResult(info, status, summary, evidence, tables, charts, findings, recommendation,
                    openQuestions, reason, null, 0);
        }
    }
}
