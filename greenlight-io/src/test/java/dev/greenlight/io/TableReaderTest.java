package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aWarmUpBesideAReadLeavesTheReadAsItWas() throws Exception {
        Path f = write("w.csv", "x,city\n1.5,Paris\n2.5,Rome\n");
        Thread warm = new Thread(DuckDbSource::warmUp);
        warm.start();
        Table t = TableReader.read(f).table();
        warm.join();
        DuckDbSource.warmUp();
        assertThat(((NumericColumn) t.column("x")).toArray()).containsExactly(1.5, 2.5);
        assertThat(((CategoricalColumn) t.column("city")).dictionary()).containsExactly("Paris", "Rome");
    }

    @Test
    void readsCsvIntoTypedColumns() throws IOException {
        Path f = write("d.csv", "x,city,flag,when,label\n1.5,Paris,true,2024-01-02,0\n2.5,Rome,false,2024-01-03,1\n"
                + ",Paris,true,2024-01-04,1\n");
        DataFile file = TableReader.read(f);
        Table t = file.table();
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.columnNames()).containsExactly("x", "city", "flag", "when", "label");
        NumericColumn x = (NumericColumn) t.column("x");
        assertThat(x.get(0)).isEqualTo(1.5);
        assertThat(x.isMissing(2)).isTrue();
        assertThat(x.missingCount()).isEqualTo(1);
        assertThat(t.column("city").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(((CategoricalColumn) t.column("city")).get(1)).isEqualTo("Rome");
        assertThat(t.column("flag").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(t.column("when").type()).isEqualTo(ColumnType.DATETIME);
        assertThat(((NumericColumn) t.column("when")).get(0)).isEqualTo(1704153600.0);
        // two whole-number values encode a category
        assertThat(t.column("label").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(file.sha256()).hasSize(64);
        assertThat(file.format()).isEqualTo(DataFormat.CSV);
    }

    @Test
    void sniffsDelimiterAndQuotesAndReadsGzip() throws IOException {
        Path f = dir.resolve("semi.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("name;amount\n\"Smith; John\";3,5\n\"Doe\";4\n".getBytes(StandardCharsets.UTF_8));
        }
        Table t = TableReader.read(f).table();
        assertThat(t.columnNames()).containsExactly("name", "amount");
        assertThat(t.column("name").format(0)).isEqualTo("Smith; John");
        assertThat(t.rowCount()).isEqualTo(2);
    }

    @Test
    void readsParquetAndJsonLines() throws Exception {
        Path parquet = dir.resolve("d.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT range AS i, range * 0.5 AS v, 'c' || (range % 3) AS k FROM range(10)) TO '"
                    + parquet.toAbsolutePath() + "' (FORMAT parquet)");
        }
        Table p = TableReader.read(parquet).table();
        assertThat(p.rowCount()).isEqualTo(10);
        assertThat(((NumericColumn) p.column("v")).get(3)).isEqualTo(1.5);
        assertThat(p.column("k").type()).isEqualTo(ColumnType.CATEGORICAL);

        Path jsonl = write("d.jsonl", "{\"a\": 1, \"b\": \"x\"}\n{\"a\": 2.5, \"b\": null}\n{\"a\": 3, \"b\": \"y\"}\n");
        Table j = TableReader.read(jsonl).table();
        assertThat(((NumericColumn) j.column("a")).get(1)).isEqualTo(2.5);
        assertThat(j.column("b").isMissing(1)).isTrue();
    }

    @Test
    void infinitiesWrittenAsPythonAndDuckDbWriteThemAreNumbers() throws IOException {
        Path f = write("inf.csv", "v,w\n1,a\ninf,b\n-Infinity,c\n+INF,d\n2.5,e\n");
        NumericColumn v = (NumericColumn) TableReader.read(f).table().column("v");
        assertThat(v.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(v.toArray()).containsExactly(1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, 2.5);
        assertThat(TypeRules.parseNumber("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> TypeRules.parseNumber("infinite")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void missingNumberMarkersBecomeMissingValues() throws IOException {
        Path f = write("na.csv", "v,w\n1,a\nNA,b\n3.5,c\nnan,d\n");
        NumericColumn v = (NumericColumn) TableReader.read(f).table().column("v");
        assertThat(v.missingCount()).isEqualTo(2);
        assertThat(v.get(2)).isEqualTo(3.5);
    }

    @Test
    void declaredTypesOverrideInference() throws IOException {
        Path f = write("t.csv", "zip,score\n75001,0.5\n13001,0.7\n69001,0.1\n");
        Table t = TableReader.read(f, new ReadOptions(Map.of("zip", ColumnType.CATEGORICAL), Set.of())).table();
        assertThat(t.column("zip").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.column("zip").format(1)).isEqualTo("13001");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> TableReader.read(dir.resolve("nope.csv")))
                .isInstanceOf(InvalidDataException.class).hasMessageEndingWith("nope.csv: file not found");
    }

    @Test
    void folderIsAClearError() {
        assertThatThrownBy(() -> TableReader.read(dir)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("is a folder, expected a data file");
    }

    @Test
    void unknownFormatNamesTheSupportedOnes() throws IOException {
        Path f = write("data.xlsx", "whatever");
        assertThatThrownBy(() -> TableReader.read(f)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("data.xlsx: unknown data format; expected one of .csv");
    }

    @Test
    void emptyDatasetIsRejected() throws IOException {
        Path f = write("empty.csv", "a,b\n");
        assertThatThrownBy(() -> TableReader.read(f)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("empty.csv: the dataset is empty (a header but no data rows)");
    }

    @Test
    void duplicateColumnNamesAreRejected() throws IOException {
        Path f = write("dup.csv", "a,b,a\n1,2,3\n4,5,6\n");
        assertThatThrownBy(() -> TableReader.read(f)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("dup.csv: duplicate column name 'a' in the header");
    }

    @Test
    void nonNumberInANumericColumnNamesColumnAndRow() throws IOException {
        Path f = write("bad.csv", "age,y\n31,1\n45,0\nforty,1\n50,0\n");
        assertThatThrownBy(() -> TableReader.read(f, new ReadOptions(Map.of(), Set.of("age"))))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("bad.csv, column 'age': expected numbers, but data row 3 holds 'forty'");
    }

    @Test
    void nearlyNumericColumnIsReadAsCategoricalWithANote() throws IOException {
        StringBuilder csv = new StringBuilder("v\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i).append('\n');
        }
        csv.append("oops\n");
        DataFile f = TableReader.read(write("near.csv", csv.toString()));
        assertThat(f.table().column("v").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(f.notes()).singleElement().asString().contains("looks numeric, but 1 row(s) are not numbers")
                .contains("data row 41 holds 'oops'");
    }

    @Test
    void freeTextIsTypedAsText() throws IOException {
        StringBuilder csv = new StringBuilder("comment\n");
        for (int i = 0; i < 30; i++) {
            csv.append("the customer wrote message number ").append(i).append('\n');
        }
        assertThat(TableReader.read(write("text.csv", csv.toString())).table().column("comment").type())
                .isEqualTo(ColumnType.TEXT);
    }

    @Test
    void declaredNumericOnTextFailsAtTheFirstBadRow() throws IOException {
        Path f = write("d.csv", "a\nx\ny\n");
        assertThatThrownBy(() -> TableReader.read(f, new ReadOptions(Map.of("a", ColumnType.NUMERIC), Set.of())))
                .hasMessageContaining("column 'a': expected numbers, but data row 1 holds 'x' (2 rows are not "
                        + "numbers)");
    }

    @Test
    void readsTheBundledTitanicLikeQuotedCsv() throws IOException {
        Path f = write("q.csv", "id,name,fare\n1,\"Braund, Mr. Owen\",7.25\n2,\"Cumings, Mrs. John \"\"Flo\"\"\",71.28\n");
        Table t = TableReader.read(f).table();
        assertThat(t.column("name").format(1)).isEqualTo("Cumings, Mrs. John \"Flo\"");
    }
}
