package dev.greenlight.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wall time spent per phase of a command (opening a file, inferring its types, reading it, the tests...), and the
 * process's CPU time meanwhile (every thread's: the phase's own, the JIT compiler's and the garbage collector's, and
 * any phase running at the same time), for {@code --timings} and the benchmarks. Off unless {@link #record()} was
 * called: a phase then costs two clock readings at each end; off, nothing is measured.
 *
 * <p>One recording per process (a command line runs one command): phases are timed where the work happens, in
 * the readers and the engines, without a timer handed through every call. Phases running at the same time on
 * different threads (two files read at once) are recorded separately by name; the same name twice adds up.
 */
public final class PhaseTimes {
    private static volatile PhaseTimes recording;

    /** Per phase: wall nanoseconds, count, process CPU nanoseconds. */
    private final Map<String, long[]> nanosAndCounts = new LinkedHashMap<>();
    private final java.lang.management.OperatingSystemMXBean os =
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private PhaseTimes() {
    }

    /** Starts recording (dropping what an earlier recording held) and returns the recording. */
    public static PhaseTimes record() {
        PhaseTimes r = new PhaseTimes();
        recording = r;
        return r;
    }

    /** Stops recording; later phases are not measured. */
    public static void stop() {
        recording = null;
    }

    /** Starts timing a phase; close the result when the phase ends. A no-op when not recording. */
    public static Phase start(String name) {
        PhaseTimes r = recording;
        return r == null ? Phase.NONE : new Phase(r, name, System.nanoTime(), r.cpuNanos());
    }

    /** The phases measured so far, in the order they first ended. */
    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        nanosAndCounts.forEach((name, v) -> out.add(new Entry(name, v[0] / 1e9, (int) v[1],
                v[2] < 0 ? Double.NaN : v[2] / 1e9)));
        return out;
    }

    /** The process's CPU seconds so far (every thread), NaN where the runtime does not tell them. */
    public double processCpuSeconds() {
        long nanos = cpuNanos();
        return nanos < 0 ? Double.NaN : nanos / 1e9;
    }

    /** The process's CPU time so far, or -1 where the runtime does not tell it. */
    long cpuNanos() {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private synchronized void add(String name, long nanos, long cpuNanos) {
        long[] v = nanosAndCounts.computeIfAbsent(name, k -> new long[3]);
        v[0] += nanos;
        v[1]++;
        v[2] = v[2] < 0 || cpuNanos < 0 ? -1 : v[2] + cpuNanos;
    }

    /**
     * One phase's total.
     *
     * @param name    the phase ({@code "read reference.csv"})
     * @param seconds wall seconds, summed over its occurrences
     * @param count   how many times it ran
     * @param cpu     the process's CPU seconds while it ran, all threads (NaN where unknown)
     */
    public record Entry(String name, double seconds, int count, double cpu) {
    }

    /** A running phase; {@link #close()} records it. */
    public static final class Phase implements AutoCloseable {
        static final Phase NONE = new Phase(null, null, 0, 0);

        private final PhaseTimes owner;
        private final String name;
        private final long started;
        private final long cpuStarted;

        private Phase(PhaseTimes owner, String name, long started, long cpuStarted) {
            this.owner = owner;
            this.name = name;
            this.started = started;
            this.cpuStarted = cpuStarted;
        }

        @Override
        public void close() {
            if (owner != null) {
                long cpu = owner.cpuNanos();
                owner.add(name, System.nanoTime() - started, cpu < 0 || cpuStarted < 0 ? -1 : cpu - cpuStarted);
            }
        }
    }
}
