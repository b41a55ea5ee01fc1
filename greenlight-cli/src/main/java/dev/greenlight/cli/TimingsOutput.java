package dev.greenlight.cli;

import dev.greenlight.time.PhaseTimes;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
final class TimingsOutput {
    private TimingsOutput() {
    }

    static void print(PrintWriter err, PhaseTimes recording, Instant commandStarted) {
        Instant processStarted = ProcessHandle.current().info().startInstant().orElse(null);
        err.println(String.format(Locale.ROOT, "greenlight: timings  %-44s %8s %8s", "", "wall s", "CPU s"));
        if (processStarted != null) {
            line(err, "start-up, until the command ran", seconds(processStarted, commandStarted), Double.NaN);
        }
        for (PhaseTimes.Entry e : recording.entries()) {
            line(err, e.name() + (e.count() > 1 ? " (" + e.count() + " times)" : ""), e.seconds(), e.cpu());
        }
        double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        if (processStarted != null) {
            line(err, "whole process so far", seconds(processStarted, Instant.now()), cpu);
        }
        err.flush();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static void line(PrintWriter err, String what, double seconds, double cpu) {
        err.println(String.format(Locale.ROOT, "  %-62s %8.3f %8s", what, seconds,
                Double.isNaN(cpu) ? "" : String.format(Locale.ROOT, "%.3f", cpu)));
    }
}
