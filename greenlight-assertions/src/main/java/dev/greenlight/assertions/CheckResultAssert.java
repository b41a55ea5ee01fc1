package dev.greenlight.assertions;

import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.Status;
import org.assertj.core.api.AbstractAssert;

import java.util.List;

/** AssertJ assertions on one item's {@link CheckResult}. */
public final class CheckResultAssert extends AbstractAssert<CheckResultAssert, CheckResult> {

    CheckResultAssert(CheckResult actual) {
        super(actual, CheckResultAssert.class);
    }

    /**
     * The item's status is {@link Status#PASS}.
     *
     * @return this assertion, for chaining
     */
    public CheckResultAssert passed() {
        return hasStatus(Status.PASS);
    }

    /**
     * The item's status is {@link Status#FAIL}.
     *
     * @return this assertion, for chaining
     */
    public CheckResultAssert failed() {
        return hasStatus(Status.FAIL);
    }

    /**
     * The item failed and a waiver turned it into {@link Status#WAIVED}.
     *
     * @return this assertion, for chaining
     */
    public CheckResultAssert isWaived() {
        return hasStatus(Status.WAIVED);
    }

    /**
     * The item passed or only warned: nothing in it blocks a release.
     *
     * @return this assertion, for chaining
     */
    public CheckResultAssert passedOrWarned() {
        isNotNull();
        if (actual.status() != Status.PASS && actual.status() != Status.WARN) {
            failWithMessage("expected item '%s' to pass or warn but it is:%n%s", actual.info().id(),
                    ChecklistReportAssert.lines(List.of(actual)));
        }
        return this;
    }

    /**
     * The item's status is the given one.
     *
     * @param expected the status or verdict expected
     * @return this assertion, for chaining
     */
    public CheckResultAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("expected item '%s' to be %s but it is:%n%s", actual.info().id(), expected,
                    ChecklistReportAssert.lines(List.of(actual)));
        }
        return this;
    }

    /**
     * The item's evidence holds a figure with this name (as the report shows it).
     *
     * @param name the figure's name
     * @return this assertion, for chaining
     */
    public CheckResultAssert hasEvidence(String name) {
        isNotNull();
        if (actual.evidence().stream().noneMatch(e -> e.name().equals(name))) {
            failWithMessage("expected item '%s' to have evidence '%s' but it has: %s", actual.info().id(), name,
                    String.join(", ", actual.evidence().stream().map(e -> e.name()).toList()));
        }
        return this;
    }
}
