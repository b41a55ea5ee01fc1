package dev.greenlight.checklist;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what parts of a check found: the worst status so far and the problems behind it, in plain words, so a
 * check made of several analyses can state one status and one summary.
 */
public final class Judgement {
    private Status status = Status.PASS;
    private final List<String> problems = new ArrayList<>();

    /** Records a problem and raises the status to at least {@code s}. */
    public void raise(Status s, String problem) {
        status = worse(status, s);
        problems.add(problem);
    }

    public Status status() {
        return status;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The more severe of two statuses among PASS, WARN and FAIL. */
    public static Status worse(Status a, Status b) {
        if (a == Status.FAIL || b == Status.FAIL) {
            return Status.FAIL;
        }
        return a == Status.WARN || b == Status.WARN ? Status.WARN : Status.PASS;
    }
}
