package dev.greenlight.report.timings;

import dev.greenlight.time.PhaseTimes;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The {@code --timings} lines on standard error: the start-up of the process (JVM start, class loading and the
 * command line's parsing, until the command ran), the wall time of each phase the command recorded with the
 * process's CPU time meanwhile, and the process's CPU time and wall time so far. Phases on different threads overlap
 * (two files read at once), so they do not add up to the wall time, and the CPU beside a phase counts every thread
 * then busy (the other file's reading, the JIT compiler, the garbage collector).
 */
public final class TimingsText {
    private TimingsText() {
    }

    /**
     * @param processStarted when the process started, or null where the platform does not say
     * @param commandStarted when the command began its work
     * @param now            when the lines are written
     * @param processCpu     the process's CPU seconds so far, NaN where unknown
     */
    public static String render(PhaseTimes recording, Instant processStarted, Instant commandStarted, Instant now,
                                double processCpu) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "greenlight: timings  %-44s %8s %8s%n", "", "wall s", "CPU s"));
        if (processStarted != null) {
            line(out, "start-up, until the command ran", seconds(processStarted, commandStarted), Double.NaN);
        }
        for (PhaseTimes.Entry e : recording.entries()) {
            line(out, e.name() + (e.count() > 1 ? " (" + e.count() + " times)" : ""), e.seconds(), e.cpu());
        }
        if (processStarted != null) {
            line(out, "whole process so far", seconds(processStarted, now), processCpu);
        }
        return out.toString();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static void line(StringBuilder out, String what, double seconds, double cpu) {
        out.append(String.format(Locale.ROOT, "  %-62s %8.3f %8s%n", what, seconds,
                Double.isNaN(cpu) ? "" : String.format(Locale.ROOT, "%.3f", cpu)));
    }
}
