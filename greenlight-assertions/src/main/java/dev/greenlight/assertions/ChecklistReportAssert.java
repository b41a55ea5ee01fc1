package dev.greenlight.assertions;

import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.Verdict;
import org.assertj.core.api.AbstractAssert;

import java.util.List;

/** AssertJ assertions on a {@link ChecklistReport}; start with {@link GreenlightAssertions#assertThat}. */
public final class ChecklistReportAssert extends AbstractAssert<ChecklistReportAssert, ChecklistReport> {

    ChecklistReportAssert(ChecklistReport actual) {
        super(actual, ChecklistReportAssert.class);
    }

    /**
     * The verdict is {@link Verdict#READY}: every item passed, was waived or does not apply.
     *
     * @return this assertion, for chaining
     */
    public ChecklistReportAssert isReady() {
        return hasVerdict(Verdict.READY);
    }

    /**
     * The verdict is {@link Verdict#READY} or {@link Verdict#READY_WITH_WARNINGS}: nothing failed.
     *
     * @return this assertion, for chaining
     */
    public ChecklistReportAssert isReadyOrWarns() {
        isNotNull();
        if (actual.verdict() == Verdict.NOT_READY) {
            failWithMessage("expected model '%s' to be ready (warnings allowed) but it is NOT_READY:%n%s",
                    actual.modelName(), blocking());
        }
        return this;
    }

    /**
     * The verdict is {@link Verdict#NOT_READY}.
     *
     * @return this assertion, for chaining
     */
    public ChecklistReportAssert isNotReady() {
        return hasVerdict(Verdict.NOT_READY);
    }

    /**
     * The verdict is the given one.
     *
     * @param expected the status or verdict expected
     * @return this assertion, for chaining
     */
    public ChecklistReportAssert hasVerdict(Verdict expected) {
        isNotNull();
        if (actual.verdict() != expected) {
            failWithMessage("expected model '%s' to be %s but it is %s:%n%s", actual.modelName(), expected,
                    actual.verdict(), blocking());
        }
        return this;
    }

    /**
     * No item ended in {@link Status#ERROR} (a check that could not run).
     *
     * @return this assertion, for chaining
     */
    public ChecklistReportAssert hasNoErrors() {
        isNotNull();
        List<CheckResult> errors = actual.items().stream().filter(r -> r.status() == Status.ERROR).toList();
        if (!errors.isEmpty()) {
            failWithMessage("expected no item in ERROR but found:%n%s", lines(errors));
        }
        return this;
    }

    /**
     * Assertions on the item with this id; fails when no check with that id ran.
     *
     * @param id the check's id
     * @return a new assertion on that item
     */
    public CheckResultAssert item(String id) {
        isNotNull();
        CheckResult r = actual.item(id).orElse(null);
        if (r == null) {
            failWithMessage("expected an item '%s' but the checklist ran: %s", id,
                    String.join(", ", actual.items().stream().map(i -> i.info().id()).toList()));
        }
        return new CheckResultAssert(r);
    }

    private String blocking() {
        List<CheckResult> notOk = actual.items().stream()
                .filter(r -> r.status() == Status.FAIL || r.status() == Status.ERROR || r.status() == Status.WARN)
                .toList();
        return notOk.isEmpty() ? "  (no item failed, errored or warned)" : lines(notOk);
    }

    static String lines(List<CheckResult> results) {
        StringBuilder b = new StringBuilder();
        for (CheckResult r : results) {
            b.append(b.length() > 0 ? System.lineSeparator() : "").append("  ").append(r.status()).append(' ')
                    .append(r.info().id()).append(": ").append(r.summary());
        }
        return b.toString();
    }
}
