package dev.greenlight.table;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NonFiniteValuesTest {

    @Test
    void infiniteValuesBecomeMissingWithANoteNamingColumnAndRows() {
        double inf = Double.POSITIVE_INFINITY;
        Table t = Table.of(NumericColumn.of("x", 1, inf, 3, -inf, 5, inf, inf, inf, inf),
                NumericColumn.of("y", inf, 2, 3, 4, 5, 6, 7, 8, 9), NumericColumn.of("z", 1, 2, 3, 4, 5, 6, 7, 8, 9));
        List<String> notes = new ArrayList<>();
        Table out = NonFiniteValues.asMissing(t, List.of("x", "z", "absent"), "train (a.csv)", notes);
        NumericColumn x = (NumericColumn) out.column("x");
        assertThat(x.missingCount()).isEqualTo(6);
        assertThat(x.get(0)).isEqualTo(1);
        assertThat(x.isMissing(1)).isTrue();
        assertThat(out.column("y")).as("a column the policy was not asked to apply to").isSameAs(t.column("y"));
        assertThat(out.column("z")).isSameAs(t.column("z"));
        assertThat(notes).containsExactly("train (a.csv): column 'x' holds 6 infinite values (data rows 2, 4, 6, 7, 8 "
                + "and 1 more); every check treats them as missing values");
        assertThat(t.column("x").missingCount()).as("the input table is unchanged").isZero();
    }

    @Test
    void aTableWithoutInfiniteValuesIsReturnedAsItIs() {
        Table t = Table.of(NumericColumn.of("x", 1, Double.NaN, 3));
        List<String> notes = new ArrayList<>();
        assertThat(NonFiniteValues.asMissing(t, Set.of("x"), "test", notes)).isSameAs(t);
        assertThat(notes).isEmpty();
    }
}
