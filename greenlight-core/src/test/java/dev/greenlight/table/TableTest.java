package dev.greenlight.table;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableTest {

    @Test
    void selectsRowsInTheGivenOrder() {
        Table t = Table.of(NumericColumn.of("x", 1, Double.NaN, 3), CategoricalColumn.of("c", "a", null, "b"));
        Table s = t.select(new int[]{2, 0});
        assertThat(((NumericColumn) s.column("x")).toArray()).containsExactly(3, 1);
        assertThat(s.column("c").format(0)).isEqualTo("b");
        assertThat(t.column("x").missingCount()).isEqualTo(1);
        assertThat(t.column("c").missingCount()).isEqualTo(1);
        assertThat(((CategoricalColumn) t.column("c")).counts()).containsExactly(1, 1);
    }

    @Test
    void rejectsUnequalLengthsAndDuplicateNames() {
        assertThatThrownBy(() -> Table.of(NumericColumn.of("x", 1, 2), NumericColumn.of("y", 1)))
                .hasMessageContaining("column 'y' has 1 rows, expected 2");
        assertThatThrownBy(() -> Table.of(NumericColumn.of("x", 1), NumericColumn.of("x", 2)))
                .hasMessageContaining("duplicate column name 'x'");
    }

    @Test
    void namesTheColumnsPresentWhenOneIsMissing() {
        Table t = Table.of(NumericColumn.of("x", 1));
        assertThatThrownBy(() -> t.column("y")).hasMessage("no column 'y'; columns present: [x]");
    }

    @Test
    void convertsANumericCategoryToNumbers() {
        CategoricalColumn c = CategoricalColumn.of("flag", "0", "1", null, "1");
        assertThat(Columns.asNumeric(c)).hasValueSatisfying(n -> assertThat(Arrays.toString(n.toArray()))
                .isEqualTo("[0.0, 1.0, NaN, 1.0]"));
        assertThat(Columns.asNumeric(CategoricalColumn.of("c", "a", "1"))).isEmpty();
    }

    @Test
    void formatsWholeNumbersWithoutADecimalPoint() {
        NumericColumn n = NumericColumn.of("x", 1.0, 2.5, Double.NaN);
        assertThat(n.format(0)).isEqualTo("1");
        assertThat(n.format(1)).isEqualTo("2.5");
        assertThat(n.format(2)).isNull();
    }
}
