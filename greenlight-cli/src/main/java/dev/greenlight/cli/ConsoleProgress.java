package dev.greenlight.cli;

import dev.greenlight.model.BatchScorer;
import dev.greenlight.progress.Progress;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress lines on standard error, so standard output stays clean for results. */
final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private final long t0 = System.nanoTime();
    private int lastTenth = -1;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    static Progress of(boolean quiet, PrintWriter err) {
        return quiet ? Progress.SILENT : new ConsoleProgress(err);
    }

    @Override
    public void step(String what) {
        // one line per finished step keeps logs readable in CI; nothing to print at the start
        lastTenth = -1;
    }

    /** A line per tenth of the units (and the last), so a long job shows it is moving without flooding a log. */
    @Override
    public void advanced(String what, long done, long total) {
        int tenth = (int) (10L * done / Math.max(1, total));
        if (tenth != lastTenth || done == total) {
            lastTenth = tenth;
            err.printf(Locale.ROOT, "greenlight: %s %d of %d rows (%d%%, %.1f s)%n", what.equals(BatchScorer.SCORING)
                    ? "scored" : what, done, total, 100L * done / Math.max(1, total), (System.nanoTime() - t0) / 1e9);
            err.flush();
        }
    }

    @Override
    public void done(String what, long millis) {
        err.println("greenlight: " + what + String.format(Locale.ROOT, " (%.1f s)", millis / 1000.0));
        err.flush();
    }
}
