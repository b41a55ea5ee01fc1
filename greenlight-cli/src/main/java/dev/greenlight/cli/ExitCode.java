package dev.greenlight.cli;

/** The command's exit codes, so a CI step can gate a build on the verdict. */
public final class ExitCode {
    /** READY, or READY_WITH_WARNINGS without --strict; or a command other than check that succeeded. */
    public static final int OK = 0;
    /** NOT_READY, or READY_WITH_WARNINGS with --strict. */
    public static final int NOT_READY = 1;
    /** Invalid usage, configuration or data: the message says what and where. */
    public static final int INVALID_INPUT = 2;
    /** An unexpected internal error (a bug): please report it. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
