package dev.greenlight.time;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessStartTest {

    @Test
    void theStartIsTheUptimeLessTheProcessAgeInTicks() {
        Instant now = Instant.parse("2026-12-07T11:00:00Z");
        // a command name with a space and a parenthesis, as stat(5) writes it; starttime (field 22) is 12345 ticks
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 30 0 12345 1000 200 "
                + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
        assertThat(ProcessStart.fromProc(now, stat, "125.45 240.00\n"))
                .contains(now.minusMillis(2000));
    }

    @Test
    void textsNotAsTheKernelWritesThemGiveNothing() {
        Instant now = Instant.now();
        assertThat(ProcessStart.fromProc(now, "garbage", "1.0 2.0")).isEmpty();
        assertThat(ProcessStart.fromProc(now, "1 (x) S 1 2 3", "1.0 2.0")).isEmpty();
        // a start after the uptime is not a start
        String stat = "1 (x) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 500 0 0";
        assertThat(ProcessStart.fromProc(now, stat, "1.00 2.00")).isEmpty();
    }

    @Test
    void theStartComesBeforeTheJvmsOwnAndWithinASecondOfIt() {
        Instant jvm = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Instant start = ProcessStart.instant();
        // the process exists before the JVM records its start (10 ms is the ticks' resolution), and the JDK's
        // own instant was up to a second early, which this bound rules out where the launcher did not run long
        assertThat(start).isBefore(jvm.plusMillis(20));
        assertThat(Duration.between(start, jvm).toMillis()).isLessThan(1000);
    }
}
