package dev.greenlight.report.timings;

import dev.greenlight.time.PhaseTimes;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimingsTextTest {

    @Test
    void eachPhaseHasALineWithItsCountAndTheProcessLinesUseTheGivenInstants() {
        PhaseTimes recording = PhaseTimes.record();
        try {
            PhaseTimes.start("read a.csv").close();
            PhaseTimes.start("tests").close();
            PhaseTimes.start("tests").close();
        } finally {
            PhaseTimes.stop();
        }
        Instant process = Instant.parse("2026-12-07T00:00:00Z");
        String text = TimingsText.render(recording, process, process.plusMillis(1500), process.plusSeconds(4), 6.25);
        assertThat(text.lines().toList()).hasSize(5);
        assertThat(text).startsWith("greenlight: timings").contains("read a.csv").contains("tests (2 times)");
        assertThat(text).containsPattern("start-up, until the command ran +1\\.500")
                .containsPattern("whole process so far +4\\.000 +6\\.250");
    }

    @Test
    void withoutTheProcessStartOnlyThePhasesAreListed() {
        PhaseTimes recording = PhaseTimes.record();
        PhaseTimes.stop();
        String text = TimingsText.render(recording, null, Instant.EPOCH, Instant.EPOCH, Double.NaN);
        assertThat(text.lines().toList()).hasSize(1);
    }
}
