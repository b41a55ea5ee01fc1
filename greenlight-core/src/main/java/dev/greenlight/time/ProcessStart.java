package dev.greenlight.time;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * When this process started, to the hundredth of a second, for the start-up line of {@code --timings}.
 *
 * <p>{@link ProcessHandle.Info#startInstant()} is not precise enough on Linux: the JDK adds the process's start
 * (in ticks since boot, from {@code /proc/self/stat}) to the boot time of {@code /proc/stat}, which the kernel gives
 * in whole seconds, so the instant is early by the fraction of a second the boot time lost (0.69 s on the machine
 * where this was found: a 10,000-row comparison's start-up of 0.35 s was shown as 1.02 s). Here the start is taken
 * against {@code /proc/uptime}, which has hundredths: {@code now - (uptime - starttime / ticks per second)}. The
 * process is the launcher's shell, which the JVM replaced (exec), so the start-up includes the launcher's own
 * checks, as a user waits for them. Elsewhere the JDK's instant is used; where neither is known, the JVM's start.
 */
public final class ProcessStart {
    /** The kernel's unit for times in {@code /proc}: USER_HZ, 100 on every Linux architecture in use. */
    static final double TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    /** When this process started. */
    public static Instant instant() {
        Instant now = Instant.now();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            Optional<Instant> fromProc = fromProc(now, stat, uptime);
            if (fromProc.isPresent()) {
                return fromProc.get();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not mounted: the JDK's figure below
        }
        return ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    /**
     * The start from the texts of {@code /proc/self/stat} and {@code /proc/uptime} read at {@code now}; empty when
     * they are not as the kernel writes them.
     */
    static Optional<Instant> fromProc(Instant now, String stat, String uptime) {
        // the command name (second field) is in parentheses and may hold spaces and parentheses itself
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return Optional.empty();
        }
        String[] after = stat.substring(close + 1).trim().split("\\s+");
        // field 22 (starttime) of stat(5); after the name, the state is field 3
        if (after.length < 20) {
            return Optional.empty();
        }
        try {
            long startTicks = Long.parseLong(after[19]);
            double upSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
            double age = upSeconds - startTicks / TICKS_PER_SECOND;
            if (!(age >= 0)) {
                return Optional.empty();
            }
            return Optional.of(now.minusNanos(Math.round(age * 1e9)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
