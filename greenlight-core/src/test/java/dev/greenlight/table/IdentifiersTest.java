package dev.greenlight.table;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    @Test
    void aNamedColumnWithADistinctValuePerRowIdentifiesRows() {
        assertThat(Identifiers.isIdentifier(NumericColumn.of("id", 3, 1, 2))).isTrue();
        assertThat(Identifiers.isIdentifier(CategoricalColumn.of("customer_id", "a7", "b2", "c9"))).isTrue();
        assertThat(Identifiers.isIdentifier(NumericColumn.of("PassengerId", 892, 893, 894))).isTrue();
    }

    @Test
    void repeatsOrMissingValuesAreNotIdentifiers() {
        assertThat(Identifiers.isIdentifier(NumericColumn.of("id", 1, 2, 2))).isFalse();
        assertThat(Identifiers.isIdentifier(CategoricalColumn.of("user_id", "a", "a", "b"))).isFalse();
        assertThat(Identifiers.isIdentifier(NumericColumn.of("id", 1, Double.NaN, 3))).isFalse();
    }

    @Test
    void anUnnamedColumnCountsOnlyWhenItIsManyDistinctIntegers() {
        double[] rowNumbers = IntStream.range(0, Identifiers.MIN_UNNAMED_ROWS).mapToDouble(i -> 1000 + i).toArray();
        assertThat(Identifiers.isIdentifier(new NumericColumn("Unnamed: 0", ColumnType.NUMERIC, rowNumbers))).isTrue();
        double[] few = IntStream.range(0, 10).mapToDouble(i -> i).toArray();
        assertThat(Identifiers.isIdentifier(new NumericColumn("rank", ColumnType.NUMERIC, few))).isFalse();
        double[] measured = IntStream.range(0, 200).mapToDouble(i -> i * 0.37).toArray();
        assertThat(Identifiers.isIdentifier(new NumericColumn("income", ColumnType.NUMERIC, measured))).isFalse();
        assertThat(Identifiers.isIdentifier(CategoricalColumn.of("city", "Paris", "Rome", "Oslo"))).isFalse();
        assertThat(Identifiers.isIdentifierName("valid")).isFalse();
        assertThat(Identifiers.isIdentifierName("paid")).isFalse();
    }
}
