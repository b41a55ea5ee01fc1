package dev.greenlight.split;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitterTest {

    private static Table rows(int n) {
        double[] id = new double[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        return Table.of(NumericColumn.of("id", id));
    }

    @Test
    void rowKeysAreSplitMix64AsAnyLanguageComputesThem() {
        // Python: mix(seed + (i + 1) * 0x9E3779B97F4A7C15) with 64-bit wrap-around
        assertThat(RowKeys.row(42, 0)).isEqualTo(0xbdd732262feb6e95L);
        assertThat(RowKeys.row(42, 1)).isEqualTo(0x28efe333b266f103L);
        assertThat(RowKeys.row(42, 2)).isEqualTo(0x47526757130f9f52L);
    }

    @Test
    void aRandomSplitIsTheRowsOfSmallestKeyAndRepeatsExactly() {
        RowSplit s = Splitter.split(rows(10), new SplitRequest(SplitMethod.RANDOM, 0.25, 42, null, null, null), "t");
        assertThat(s.test()).containsExactly(1, 4, 6); // ceil(2.5) = 3 rows, as the Python above orders them
        assertThat(s.train()).containsExactly(0, 2, 3, 5, 7, 8, 9);
        RowSplit again = Splitter.split(rows(10), new SplitRequest(SplitMethod.RANDOM, 0.25, 42, null, null, null),
                "t");
        assertThat(again.test()).containsExactly(s.test());
        RowSplit other = Splitter.split(rows(1000), new SplitRequest(SplitMethod.RANDOM, 0.25, 7, null, null, null),
                "t");
        assertThat(other.test()).hasSize(250);
    }

    @Test
    void aStratifiedSplitKeepsTheClassSharesAsScikitLearnDoes() {
        // breast cancer's 212 / 357 rows: 143 test rows, quotas 53.28 and 89.72 -> 53 and 90 (scikit-learn: 53, 90)
        String[] y = new String[569];
        for (int i = 0; i < y.length; i++) {
            y[i] = i < 212 ? "0" : "1";
        }
        Table t = Table.of(CategoricalColumn.of("target", y));
        RowSplit s = Splitter.split(t, new SplitRequest(SplitMethod.STRATIFIED, 0.25, 42, "target", null, null), "t");
        long zeros = Arrays.stream(s.test()).filter(r -> r < 212).count();
        assertThat(s.test()).hasSize(143);
        assertThat(zeros).isEqualTo(53);
    }

    @Test
    void aGroupSplitNeverPutsOneGroupOnBothSides() {
        String[] g = new String[200];
        for (int i = 0; i < g.length; i++) {
            g[i] = "customer-" + (i % 37);
        }
        Table t = Table.of(CategoricalColumn.of("customer", g));
        RowSplit s = Splitter.split(t, new SplitRequest(SplitMethod.GROUP, 0.25, 42, null, "customer", null), "t");
        Set<String> trainGroups = new HashSet<>();
        for (int r : s.train()) {
            trainGroups.add(g[r]);
        }
        for (int r : s.test()) {
            assertThat(trainGroups).doesNotContain(g[r]);
        }
        assertThat(s.test().length).isBetween(50, 50 + 6);
    }

    @Test
    void aTimeSplitTakesTheLatestRowsAndKeepsATimeOnOneSide() {
        Table t = Table.of(NumericColumn.of("day", 5, 1, 4, 4, 2, 3, 4, 1));
        RowSplit s = Splitter.split(t, new SplitRequest(SplitMethod.TIME, 0.25, 42, null, null, "day"), "t");
        // ceil(2) = 2 latest rows are days 5 and 4; every day-4 row joins them
        assertThat(s.test()).containsExactly(0, 2, 3, 6);
    }

    @Test
    void missingGroupsAndTimesAreNamedByRow() {
        Table t = Table.of(CategoricalColumn.of("g", ColumnType.CATEGORICAL, Arrays.asList("a", null, "b")),
                NumericColumn.of("day", 1, 2, Double.NaN));
        assertThatThrownBy(() -> Splitter.split(t, new SplitRequest(SplitMethod.GROUP, 0.25, 1, null, "g", null),
                "data.csv")).isInstanceOf(InvalidDataException.class)
                .hasMessage("data.csv, column 'g': data row 2 has no group; every row of a group split needs one");
        assertThatThrownBy(() -> Splitter.split(t, new SplitRequest(SplitMethod.TIME, 0.25, 1, null, null, "day"),
                "data.csv")).hasMessage("data.csv, column 'day': data row 3 has no time; every row of a time split "
                + "needs one");
        assertThatThrownBy(() -> Splitter.split(t, new SplitRequest(SplitMethod.TIME, 0.25, 1, null, null, "dya"),
                "data.csv")).hasMessageStartingWith("data.csv: no column 'dya' (did you mean 'day'?)");
        assertThatThrownBy(() -> new SplitRequest(SplitMethod.STRATIFIED, 0.25, 1, null, null, null))
                .hasMessageContaining("--target");
    }
}
