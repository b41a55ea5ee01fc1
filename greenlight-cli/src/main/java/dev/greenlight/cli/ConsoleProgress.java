package dev.greenlight.cli;

import dev.greenlight.checklist.Progress;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress lines on standard error, so standard output stays clean for results. */
final class ConsoleProgress implements Progress {
    private final PrintWriter err;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    static Progress of(boolean quiet, PrintWriter err) {
        return quiet ? Progress.SILENT : new ConsoleProgress(err);
    }

    @Override
    public void step(String what) {
        // one line per finished step keeps logs readable in CI; nothing to print at the start
    }

    @Override
    public void done(String what, long millis) {
        err.println("greenlight: " + what + String.format(Locale.ROOT, " (%.1f s)", millis / 1000.0));
        err.flush();
    }
}
