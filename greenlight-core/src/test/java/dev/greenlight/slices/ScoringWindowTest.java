package dev.greenlight.slices;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringWindowTest {

    private static double day(String iso) {
        return LocalDate.parse(iso).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    @Test
    void calendarMonthsStartOnTheFirst() {
        double[] t = {day("2024-01-15"), day("2024-01-31"), day("2024-02-01"), day("2024-03-20"), Double.NaN};
        Map<String, int[]> w = ScoringWindow.parse("1m").assign(t);
        assertThat(w.keySet()).containsExactly("2024-01-01", "2024-02-01", "2024-03-01");
        assertThat(w.get("2024-01-01")).containsExactly(0, 1);
        assertThat(w.get("2024-03-01")).containsExactly(3);
    }

    @Test
    void thirtyDayWindowsCountFromTheFirstDay() {
        double[] t = {day("2024-01-10"), day("2024-02-08"), day("2024-02-09"), day("2024-03-10")};
        Map<String, int[]> w = ScoringWindow.parse("30d").assign(t);
        assertThat(w.keySet()).containsExactly("2024-01-10", "2024-02-09", "2024-03-10");
        assertThat(w.get("2024-01-10")).containsExactly(0, 1);
    }

    @Test
    void weeksStartOnMondayAndQuartersOnTheQuarter() {
        assertThat(ScoringWindow.parse("1w").assign(new double[]{day("2024-05-16")}).keySet())
                .containsExactly("2024-05-13");
        assertThat(ScoringWindow.parse("1q").assign(new double[]{day("2024-05-16"), day("2024-07-01")}).keySet())
                .containsExactly("2024-04-01", "2024-07-01");
    }

    @Test
    void rejectsAMalformedWindow() {
        assertThatThrownBy(() -> ScoringWindow.parse("30 days")).hasMessageContaining("'30 days' is not a scoring "
                + "window; expected a count and a unit");
    }
}
