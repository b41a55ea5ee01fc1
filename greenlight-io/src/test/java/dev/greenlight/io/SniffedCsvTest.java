package dev.greenlight.io;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A CSV file is sniffed once and read with what was sniffed; where that cannot be reused, the reader sniffs as before. */
class SniffedCsvTest {
    @TempDir
    Path dir;

    @Test
    void theReadUsesTheSniffedDialectAndTypesWithBooleansAsText() throws Exception {
        Path csv = Files.writeString(dir.resolve("semi.csv"),
                "id;name;ok;when\n1;\"a;b\";yes;2024-01-03\n2;c;no;2024-02-03\n");
        try (Connection conn = DuckDbSource.connect()) {
            DuckDbSource.SniffedCsv sniffed = DuckDbSource.sniffCsv(conn, csv, false).orElseThrow();
            assertThat(sniffed.types()).containsExactly(java.util.Map.entry("id", "BIGINT"),
                    java.util.Map.entry("name", "VARCHAR"), java.util.Map.entry("ok", "BOOLEAN"),
                    java.util.Map.entry("when", "DATE"));
            String source = sniffed.source(List.of("ok"));
            assertThat(source).contains("auto_detect=false").contains("'ok': 'VARCHAR'").contains("delim=';'");
        }
        Table t = TableReader.read(csv).table();
        assertThat(((CategoricalColumn) t.column("name")).get(0)).isEqualTo("a;b");
        // read as the text it is (yes/no is not true/false), not as DuckDB's booleans
        assertThat(((CategoricalColumn) t.column("ok")).get(0)).isEqualTo("yes");
        assertThat(t.column("when").type()).isEqualTo(ColumnType.DATETIME);
        assertThat(((NumericColumn) t.column("when")).get(1)).isEqualTo(1_706_918_400.0);
    }

    @Test
    void aPathTheSniffersDescriptionDoesNotQuoteFallsBackToAutoDetection() throws Exception {
        Path csv = Files.writeString(Files.createDirectories(dir.resolve("o'neil")).resolve("d.csv"), "x,y\n1,a\n2,b\n");
        try (Connection conn = DuckDbSource.connect()) {
            assertThat(DuckDbSource.sniffCsv(conn, csv, false)).isEmpty();
        }
        assertThat(TableReader.read(csv).table().rowCount()).isEqualTo(2);
    }
}
