package dev.greenlight.monitor;

import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.time.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Daily chunks of employment_MA analysed a day at a time and joined give exactly the result of the whole period:
 * what lets greenlight serve keep the figures of finished windows.
 */
class ChunkFiguresTest {
    private static final long DAY = 86_400;
    private static final long START = 1_735_689_600L; // 2025-01-01T00:00:00Z
    private static final MonitorColumns COLUMNS = MonitorColumns.binary("id", "employed", "predicted_probability",
            "prediction", "ts").withFeatures(List.of("AGEP", "SCHL", "MAR", "SEX"));
    private static FittedReference fitted;
    private static Table analysis;
    private static List<int[]> days;

    @BeforeAll
    static void fit() {
        Table all = TestData.read("employment_MA_reference");
        // the reference: 10 days of 1,500 rows; the analysis: 8 days of 1,500 rows and a ninth of 150 rows, cut off
        // early
        Table reference = timed(all.select(IntStream.range(0, 15_000).toArray()), 0, 1_500);
        int[] rows = IntStream.range(15_000, 27_150).toArray();
        double[] age = ((NumericColumn) all.column("AGEP")).toArray();
        Table picked = timed(all.select(rows), 30, 1_500);
        double[] shifted = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            shifted[i] = age[rows[i]] + (i >= 4 * 1_500 ? 12 : 0); // a step in AGEP from the fifth day on
        }
        analysis = picked.with(new NumericColumn("AGEP", picked.column("AGEP").type(), shifted));
        fitted = MonitorEngine.fit(reference, COLUMNS, MonitorOptions.defaults()
                .withChunking(Chunking.byPeriod(Window.parse("day"))));
        days = new ArrayList<>();
        for (int d = 0; d * 1_500 < rows.length; d++) {
            days.add(IntStream.range(d * 1_500, Math.min(rows.length, (d + 1) * 1_500)).toArray());
        }
    }

    /** Rows spread evenly over days from {@code firstDay}, {@code perDay} a day, the last day's rows 8 s apart. */
    private static Table timed(Table t, int firstDay, int perDay) {
        double[] ts = new double[t.rowCount()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = START + (firstDay + i / perDay) * DAY + (i % perDay) * (DAY / perDay);
        }
        return t.with(new NumericColumn("ts", ColumnType.DATETIME, ts));
    }

    @Test
    void daysAnalysedApartAndJoinedGiveTheWholePeriodsResult() {
        MonitorResult whole = fitted.analyse(analysis);
        ChunkFigures joined = null;
        for (int[] day : days) {
            ChunkFigures part = fitted.analyseChunks(analysis.select(day), null);
            assertThat(part.chunks()).hasSize(1);
            joined = joined == null ? part : joined.then(part);
        }
        MonitorResult apart = fitted.judge(joined);
        assertThat(whole.chunks(Period.ANALYSIS)).hasSize(9);
        assertThat(whole.chunks(Period.ANALYSIS).get(8).partial()).as("the ninth day is cut off early").isTrue();
        assertThat(whole.changes()).as("the planted step is found").isNotEmpty();
        assertThat(apart.chunks()).isEqualTo(whole.chunks());
        assertThat(apart.alerts()).isEqualTo(whole.alerts());
        assertThat(apart.changes()).isEqualTo(whole.changes());
        assertThat(apart.driftRanking()).isEqualTo(whole.driftRanking());
        assertThat(apart.recommendation()).isEqualTo(whole.recommendation());
        assertThat(apart.labels()).isEqualTo(whole.labels());
        assertThat(apart.notes()).isEqualTo(whole.notes());
    }

    @Test
    void chunksOfASizeDependOnTheWholeTableSoTheyAreNotJoined() {
        FittedReference bySize = MonitorEngine.fit(analysis.select(IntStream.range(0, 6_000).toArray()), COLUMNS,
                MonitorOptions.defaults().withChunking(Chunking.bySize(1_000)).withDrift(false, false));
        ChunkFigures a = bySize.analyseChunks(analysis.select(days.get(0)), null);
        assertThatThrownBy(() -> a.then(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calendar periods");
    }
}
