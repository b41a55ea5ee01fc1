package dev.greenlight.checklist;

import java.util.Collection;

/** The overall answer: is the model ready for production? */
public enum Verdict {
    READY,
    READY_WITH_WARNINGS,
    NOT_READY;

    /**
     * Any FAIL or ERROR means not ready; any WARN means ready with warnings. WAIVED items do not lower the verdict:
     * a waiver is the team's recorded decision to accept that gap, and every report lists it beside the verdict.
     */
    public static Verdict of(Collection<Status> statuses) {
        if (statuses.contains(Status.FAIL) || statuses.contains(Status.ERROR)) {
            return NOT_READY;
        }
        if (statuses.contains(Status.WARN)) {
            return READY_WITH_WARNINGS;
        }
        return READY;
    }
}
