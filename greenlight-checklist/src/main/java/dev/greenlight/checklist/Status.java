package dev.greenlight.checklist;

/** The outcome of one checklist item. */
public enum Status {
    /** The evidence shows the item is satisfied. */
    PASS,
    /** Satisfied with reservations the team should read. */
    WARN,
    /** Not satisfied; blocks a READY verdict. */
    FAIL,
    /** Failed, but the team recorded an informed decision (reason, owner, date) to accept it for now. */
    WAIVED,
    /** Does not apply to this model or cannot be measured yet; always carries the reason. */
    NOT_APPLICABLE,
    /** The check itself could not run (a bug or an unexpected input); counts as a failure. */
    ERROR;

    /** The more severe of this and {@code other}, of PASS, WARN and FAIL (a condition's statuses). */
    public Status worse(Status other) {
        if (this == FAIL || other == FAIL) {
            return FAIL;
        }
        return this == WARN || other == WARN ? WARN : PASS;
    }
}
