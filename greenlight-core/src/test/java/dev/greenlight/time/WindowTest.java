package dev.greenlight.time;

import dev.greenlight.error.InvalidConfigException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowTest {

    private static double day(String iso) {
        return LocalDate.parse(iso).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    private static List<String> labels(List<Window.Span> spans) {
        return spans.stream().map(Window.Span::label).toList();
    }

    @Test
    void calendarMonthsStartOnTheFirst() {
        double[] t = {day("2024-01-15"), day("2024-01-31"), day("2024-02-01"), day("2024-03-20"), Double.NaN};
        List<Window.Span> w = Window.parse("1m").assign(t);
        assertThat(labels(w)).containsExactly("2024-01-01", "2024-02-01", "2024-03-01");
        assertThat(w.get(0).rows()).containsExactly(0, 1);
        assertThat(w.get(2).rows()).containsExactly(3);
        assertThat(w.get(0).endLabel()).isEqualTo("2024-02-01");
    }

    @Test
    void thirtyDayWindowsCountFromTheFirstDay() {
        double[] t = {day("2024-01-10"), day("2024-02-08"), day("2024-02-09"), day("2024-03-10")};
        List<Window.Span> w = Window.parse("30d").assign(t);
        assertThat(labels(w)).containsExactly("2024-01-10", "2024-02-09", "2024-03-10");
        assertThat(w.get(0).rows()).containsExactly(0, 1);
    }

    @Test
    void weeksStartOnMondayAndQuartersOnTheQuarter() {
        assertThat(labels(Window.parse("1w").assign(new double[]{day("2024-05-16")}))).containsExactly("2024-05-13");
        assertThat(labels(Window.parse("1q").assign(new double[]{day("2024-05-16"), day("2024-07-01")})))
                .containsExactly("2024-04-01", "2024-07-01");
    }

    @Test
    void hourWindowsAreLabelledWithTheTime() {
        double t = day("2024-05-16") + 3 * 3600 + 125;
        List<Window.Span> w = Window.parse("12h").assign(new double[]{t});
        assertThat(w.get(0).label()).isEqualTo("2024-05-16T03:00");
        assertThat(w.get(0).endLabel()).isEqualTo("2024-05-16T15:00");
    }

    @Test
    void theWordsAreOneUnit() {
        assertThat(Window.parse("day")).isEqualTo(new Window(1, Window.Unit.DAY));
        assertThat(Window.parse("Week")).isEqualTo(Window.parse("1w"));
        assertThat(Window.parse("month").noun()).isEqualTo("month");
        assertThat(Window.parse("30d").plural()).isEqualTo("30d windows");
        assertThat(Window.parse("30d")).hasToString("30d");
    }

    @Test
    void noTimestampsNoWindows() {
        assertThat(Window.parse("1d").assign(new double[]{Double.NaN})).isEmpty();
    }

    @Test
    void rejectsAMalformedWindowAsAConfigurationError() {
        assertThatThrownBy(() -> Window.parse("30 days")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("'30 days' is not a window; expected a count and a unit");
        assertThatThrownBy(() -> Window.parse("0d")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("at least one unit");
    }
}
