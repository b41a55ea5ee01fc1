package dev.greenlight.drift.integrity;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrityChecksTest {

    @Test
    void singleDatasetProblems() {
        Table t = Table.of(NumericColumn.of("const", 1, 1, 1, 1), CategoricalColumn.of("mixed", "1", "2", "x", "2"),
                NumericColumn.of("v", 1, 2, 1, 2), CategoricalColumn.of("k", "a", "b", "a", "b"));
        List<IntegrityFinding> f = IntegrityChecks.of(t, "train.csv");
        assertThat(f).extracting(IntegrityFinding::kind).containsExactly(IntegrityFinding.Kind.CONSTANT_COLUMN,
                IntegrityFinding.Kind.MIXED_TYPES, IntegrityFinding.Kind.DUPLICATE_ROWS);
        assertThat(f.get(0).message()).isEqualTo("train.csv, column 'const': every present value is '1'");
        assertThat(f.get(1).message()).isEqualTo("train.csv, column 'mixed': 3 values are numbers and 1 are text "
                + "(e.g. 'x')");
        assertThat(f.get(2).rows()).isEqualTo(1);
    }

    @Test
    void problemsBetweenTrainAndTest() {
        double[] x = new double[200];
        String[] y = new String[200];
        String[] c = new String[200];
        for (int i = 0; i < 200; i++) {
            x[i] = i;
            y[i] = i < 100 ? "0" : "1";
            c[i] = i % 2 == 0 ? "a" : "b";
        }
        Table train = Table.of(NumericColumn.of("x", x), CategoricalColumn.of("c", c), CategoricalColumn.of("y", y));
        Table test = Table.of(NumericColumn.of("x", 5, 500, 7), CategoricalColumn.of("c", "a", "z", "b"),
                CategoricalColumn.of("y", "0", "1", "0"));
        List<IntegrityFinding> f = IntegrityChecks.between(train, test, "test.csv", "y");
        assertThat(f).extracting(IntegrityFinding::kind).containsExactly(IntegrityFinding.Kind.SHARED_ROWS,
                IntegrityFinding.Kind.OUT_OF_RANGE, IntegrityFinding.Kind.UNSEEN_CATEGORIES,
                IntegrityFinding.Kind.TARGET_LEAKAGE);
        assertThat(f.get(0).rows()).isEqualTo(1);
        // 3 new values against 200: chance puts 2 x 3 / 201 = 0.03 outside; P(K >= 1) = 1 - C(201,3)/C(203,3)
        assertThat(f.get(1).message()).isEqualTo("test.csv, column 'x': 1 values outside the training range "
                + "[0.0, 199.0], where chance explains about 0.030 (3 values against 200 in training; p = 0.029)");
        assertThat(f.get(2).message()).contains("'z'");
        assertThat(f.get(3).column()).isEqualTo("x");
    }

    @Test
    void sharedRowsCountEachRowOfTheOtherSetOnce() {
        // train holds (1, a) twice and (2, b) once; of the other set's rows, (1, a) twice, (2, b) and (2, b)
        // again are shared, (3, a) and (1, b) are not: 4 rows, whatever the training duplicates
        Table train = Table.of(NumericColumn.of("x", 1, 1, 2, 7), CategoricalColumn.of("c", "a", "a", "b", "z"));
        Table other = Table.of(NumericColumn.of("x", 2, 1, 3, 1, 2, 1), CategoricalColumn.of("c", "b", "a", "a",
                "a", "b", "b"));
        List<IntegrityFinding> f = IntegrityChecks.sharedRows(train, other, "current.csv", null);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rows()).isEqualTo(4);
            assertThat(x.message()).isEqualTo("current.csv: 4 of 6 rows also occur in the training data (leakage "
                    + "between the sets)");
        });
        assertThat(IntegrityChecks.sharedRows(other, Table.of(NumericColumn.of("x", 9),
                CategoricalColumn.of("c", "a")), "current.csv", null)).isEmpty();
    }
}
