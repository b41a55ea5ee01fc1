package dev.greenlight.io.stream;

import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.time.PhaseTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A text file streamed into profiles is parsed once: its schema and its rows come from the staged copy. */
class StagedTableTest {
    @TempDir
    Path dir;

    @Test
    void aCsvFileIsParsedOnceAndNotReadAgainAfterOpening() throws Exception {
        Path csv = dir.resolve("data.csv");
        StringBuilder text = new StringBuilder("x,flag,colour\n");
        for (int i = 0; i < 5_000; i++) {
            text.append(i * 0.5).append(',').append(i % 2).append(',').append(i % 3 == 0 ? "red" : "blue")
                    .append('\n');
        }
        Files.writeString(csv, text);
        PhaseTimes timings = PhaseTimes.record();
        Path stagedFolder;
        Table table;
        try (ColumnarSource source = ColumnarSource.open(csv)) {
            stagedFolder = source.stagedFolder();
            // everything after opening reads the staged copy: the file itself may go
            Files.delete(csv);
            table = source.readTable();
        } finally {
            PhaseTimes.stop();
        }
        assertThat(table.rowCount()).isEqualTo(5_000);
        assertThat(((NumericColumn) table.column("x")).get(4_999)).isEqualTo(2_499.5);
        assertThat(table.column("flag").type().key()).isEqualTo("categorical");
        List<PhaseTimes.Entry> parses = timings.entries().stream()
                .filter(e -> e.name().equals("parse into a staged table data.csv")).toList();
        assertThat(parses).hasSize(1);
        assertThat(parses.get(0).count()).isEqualTo(1);
        assertThat(stagedFolder).doesNotExist();
    }

    @Test
    void parquetIsReadWhereItIs() throws Exception {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "x\n1.5\n2.5\n3.5\n");
        Path parquet = dir.resolve("data.parquet");
        try (var conn = dev.greenlight.io.DuckDbSource.connect(); var st = conn.createStatement()) {
            st.execute("COPY (SELECT * FROM read_csv('" + csv + "')) TO '" + parquet + "' (FORMAT parquet)");
        }
        try (ColumnarSource source = ColumnarSource.open(parquet)) {
            assertThat(source.stagedFolder()).isNull();
            assertThat(source.readTable().rowCount()).isEqualTo(3);
        }
    }
}
