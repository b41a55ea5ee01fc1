package dev.greenlight.config;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IntegerCodesTest {

    private static NumericColumn numbers(double... v) {
        return new NumericColumn("c", ColumnType.NUMERIC, v);
    }

    @Test
    void aFewSmallIntegersAreCodes() {
        assertThat(IntegerCodes.of(numbers(1, 5, 3, 3, Double.NaN, 2))).containsExactly(1L, 2L, 3L, 5L);
        double[] schl = IntStream.range(0, 500).mapToDouble(i -> i % 25).toArray();
        assertThat(IntegerCodes.of(numbers(schl))).hasSize(25).first().isEqualTo(0L);
    }

    @Test
    void measurementsAreNotCodes() {
        assertThat(IntegerCodes.of(numbers(1.5, 2, 3))).as("a fraction").isNull();
        assertThat(IntegerCodes.of(numbers(-1, 0, 1))).as("a negative value").isNull();
        assertThat(IntegerCodes.of(numbers(1, 2, 100))).as("a value above " + IntegerCodes.MAX_CODE).isNull();
        double[] age = IntStream.range(0, 500).mapToDouble(i -> 17 + i % 60).toArray();
        assertThat(IntegerCodes.of(numbers(age))).as("more than " + IntegerCodes.MAX_CODES + " values").isNull();
        assertThat(IntegerCodes.of(numbers(4, 4, Double.NaN))).as("one value").isNull();
        assertThat(IntegerCodes.of(CategoricalColumn.of("c", "1", "2"))).as("already categories").isNull();
    }
}
