package dev.greenlight.cli;

import dev.greenlight.time.PhaseTimes;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The {@code --timings} lines on standard error: the start-up of the process (JVM start, class loading and the
 * command line's parsing, until the command ran), the wall time of each phase the command recorded, and the
 * process's CPU time and wall time so far. Phases on different threads overlap (two files read at once), so they
 * do not add up to the wall time.
 */
final class TimingsOutput {
    private TimingsOutput() {
    }

    static void print(PrintWriter err, PhaseTimes recording, Instant commandStarted) {
        Instant processStarted = ProcessHandle.current().info().startInstant().orElse(null);
        err.println("greenlight: timings (wall seconds)");
        if (processStarted != null) {
            line(err, "start-up, until the command ran", seconds(processStarted, commandStarted));
        }
        for (PhaseTimes.Entry e : recording.entries()) {
            line(err, e.name() + (e.count() > 1 ? " (" + e.count() + " times)" : ""), e.seconds());
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            line(err, "process CPU time (user + system), so far", os.getProcessCpuTime() / 1e9);
        }
        if (processStarted != null) {
            line(err, "wall time since the process started", seconds(processStarted, Instant.now()));
        }
        err.flush();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static void line(PrintWriter err, String what, double seconds) {
        err.println(String.format(Locale.ROOT, "  %-52s %8.3f", what, seconds));
    }
}
