package dev.greenlight.report.drift;

import dev.greenlight.drift.WindowDrift;
import dev.greenlight.time.Window;

import java.io.PrintWriter;
import java.util.List;

/** Drift per time window against the reference, as {@code greenlight drift --timestamp} prints it after the report. */
public final class WindowDriftText {
    private WindowDriftText() {
    }

    public static void print(PrintWriter w, List<WindowDrift> windows, Window size) {
        if (windows.isEmpty()) {
            return;
        }
        w.println();
        w.println("Drift per " + size.noun() + " against the reference:");
        for (WindowDrift x : windows) {
            w.printf("  %s  %7d rows  %d of %d columns drifted%s%n", x.start(), x.rows(),
                    x.report().dataset().driftedColumns(), x.report().dataset().columns(),
                    x.report().dataset().drift() ? "  DATASET DRIFT" : "");
        }
    }
}
