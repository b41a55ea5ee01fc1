package dev.greenlight.io.stream;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.TableReader;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The columnar reader agrees with {@link TableReader} on types and values, and streams in bounded batches. */
class ColumnarSourceTest {
    @TempDir
    Path dir;

    static Path repo() {
        Path d = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(d.resolve("testdata"))) {
            d = d.getParent();
        }
        return d;
    }

    @ParameterizedTest
    @ValueSource(strings = {"testdata/data/nannyml/california_housing_reference.csv.gz",
        "testdata/data/nannyml/employment_MA_reference.csv.gz", "examples/breast-cancer/train.csv",
        "examples/diabetes/test.csv"})
    void sameTypesAndValuesAsTheTableReader(String file) {
        Path path = repo().resolve(file);
        Table expected = TableReader.read(path).table();
        try (ColumnarSource source = ColumnarSource.open(path)) {
            Table actual = source.readTable();
            assertThat(source.rowCount()).isEqualTo(expected.rowCount());
            assertThat(actual.columnNames()).isEqualTo(expected.columns().stream()
                    .filter(c -> c.type() != ColumnType.TEXT).map(Column::name).toList());
            for (Column a : actual.columns()) {
                Column e = expected.column(a.name());
                assertThat(a.type()).as(file + " " + a.name()).isEqualTo(e.type());
                for (int i = 0; i < a.size(); i++) {
                    if (a instanceof NumericColumn an) {
                        assertThat(an.get(i)).as(a.name() + " row " + i).isEqualTo(((NumericColumn) e).get(i));
                    } else {
                        assertThat(((CategoricalColumn) a).get(i)).as(a.name() + " row " + i)
                                .isEqualTo(((CategoricalColumn) e).get(i));
                    }
                }
            }
        }
    }

    @Test
    void streamsInBatchesWithMissingValuesAndTextAsHashes() throws Exception {
        StringBuilder csv = new StringBuilder("x,flag,label,note\n");
        for (int i = 0; i < 25; i++) {
            csv.append(i % 5 == 0 ? "NA" : Integer.toString(i)).append(',').append(i % 2).append(',')
                    .append(i % 3 == 0 ? "" : "k" + (i % 3)).append(",this is free text number ").append(i)
                    .append('\n');
        }
        Path f = dir.resolve("s.csv");
        Files.writeString(f, csv);
        try (ColumnarSource s = ColumnarSource.open(f)) {
            assertThat(s.columns()).extracting(SourceColumn::type).containsExactly(ColumnType.NUMERIC,
                    ColumnType.CATEGORICAL, ColumnType.CATEGORICAL, ColumnType.TEXT);
            assertThat(s.columns().get(2).dictionary()).containsExactly("k1", "k2");
            int[] batches = {0};
            int[] missingX = {0};
            int[] missingLabel = {0};
            s.scan(10, b -> {
                batches[0]++;
                for (int i = 0; i < b.size(); i++) {
                    missingX[0] += Double.isNaN(b.numbers(0)[i]) ? 1 : 0;
                    missingLabel[0] += b.codes(2)[i] == RowBatch.MISSING_CODE ? 1 : 0;
                    assertThat(b.hashMissing(3)[i]).isFalse();
                }
            });
            assertThat(batches[0]).isEqualTo(3);
            assertThat(missingX[0]).isEqualTo(5);
            assertThat(missingLabel[0]).isEqualTo(9);
            assertThatThrownBy(() -> s.scan(10, b -> b.numbers(1))).hasMessage("column 'flag' is categorical and "
                    + "holds no numbers");
        }
    }

    @Test
    void missingAndEmptyFilesAreNamed() throws Exception {
        assertThatThrownBy(() -> ColumnarSource.open(dir.resolve("nope.csv"))).isInstanceOf(InvalidDataException.class)
                .hasMessageEndingWith("nope.csv: file not found");
        Path empty = dir.resolve("e.csv");
        Files.writeString(empty, "a,b\n");
        assertThatThrownBy(() -> ColumnarSource.open(empty)).hasMessageEndingWith("e.csv: the dataset is empty (a "
                + "header but no data rows)");
    }
}
