package dev.greenlight.time;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Phases are measured only while recording, added up by name, and listed in the order they first ended. */
class PhaseTimesTest {

    @AfterEach
    void stop() {
        PhaseTimes.stop();
    }

    @Test
    void phasesOfOneNameAddUpInTheOrderTheyFirstEnded() throws Exception {
        PhaseTimes recording = PhaseTimes.record();
        try (var read = PhaseTimes.start("read a.csv")) {
            Thread.sleep(20);
        }
        try (var tests = PhaseTimes.start("tests")) {
            Thread.sleep(5);
        }
        try (var read = PhaseTimes.start("read a.csv")) {
            Thread.sleep(20);
        }
        List<PhaseTimes.Entry> entries = recording.entries();
        assertThat(entries).extracting(PhaseTimes.Entry::name).containsExactly("read a.csv", "tests");
        assertThat(entries.get(0).count()).isEqualTo(2);
        assertThat(entries.get(0).seconds()).isGreaterThanOrEqualTo(0.04);
        assertThat(entries.get(1).count()).isEqualTo(1);
        assertThat(entries.get(1).cpu()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void nothingIsMeasuredWhenNotRecording() {
        PhaseTimes recording = PhaseTimes.record();
        PhaseTimes.stop();
        try (var phase = PhaseTimes.start("read a.csv")) {
            assertThat(phase).isNotNull();
        }
        assertThat(recording.entries()).isEmpty();
    }

    @Test
    void theProcessCpuTimeGrowsWithWork() {
        PhaseTimes recording = PhaseTimes.record();
        PhaseTimes.stop();
        double before = recording.processCpuSeconds();
        double sum = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sum += Math.sqrt(i);
        }
        assertThat(sum).isPositive();
        assertThat(before).isPositive();
        assertThat(recording.processCpuSeconds()).isGreaterThan(before);
    }
}
