package dev.greenlight.split;

import dev.greenlight.error.GreenlightException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitFilesTest {
    @TempDir
    Path dir;

    private static final String CSV = "id,note,y\r\n"
            + "0,plain,a\r\n"
            + "1,\"two\r\nlines, and a comma\",b\r\n"
            + "2,1.10,a\r\n"
            + "3,x,b\r\n"
            + "4,x,a\r\n"
            + "5,x,b\r\n"
            + "6,x,a\r\n"
            + "7,x,b";

    @Test
    void csvRowsAreCopiedByteForByteAndTheManifestRecordsTheSplit() throws IOException {
        Path data = dir.resolve("data.csv");
        Files.writeString(data, CSV);
        SplitRequest request = new SplitRequest(SplitMethod.STRATIFIED, 0.25, 42, "y", null, null);
        SplitManifest m = SplitFiles.write(data, request, dir.resolve("out"), false);
        String train = Files.readString(dir.resolve("out/train.csv"));
        String test = Files.readString(dir.resolve("out/test.csv"));
        assertThat(train).startsWith("id,note,y\r\n");
        assertThat(test).startsWith("id,note,y\r\n");
        assertThat(train + test).contains("\"two\r\nlines, and a comma\",b\r\n").contains("2,1.10,a\r\n")
                .contains("7,x,b\r\n");
        assertThat(m.test().rows()).isEqualTo(2);
        assertThat(m.test().classBalance()).containsEntry("a", 1L).containsEntry("b", 1L);
        assertThat(m.source().rows()).isEqualTo(8);
        assertThat(m.train().rowIds().length + m.test().rowIds().length).isEqualTo(8);

        SplitManifest read = SplitManifest.read(dir.resolve("out").resolve(SplitManifest.FILE_NAME));
        assertThat(read.test().sha256()).isEqualTo(m.test().sha256());
        assertThat(read.test().rowIds()).containsExactly(m.test().rowIds());
        assertThat(read.method()).isEqualTo("stratified");
        assertThat(read.verify(dir.resolve("out/train.csv"), dir.resolve("out/test.csv"))).isEmpty();
        assertThat(read.verifySource(data)).isEmpty();

        // the same request on the same file gives the same bytes
        SplitFiles.write(data, request, dir.resolve("again"), false);
        assertThat(Files.readString(dir.resolve("again/test.csv"))).isEqualTo(test);
    }

    @Test
    void aChangedOrMissingFileIsReported() throws IOException {
        Path data = dir.resolve("data.csv");
        Files.writeString(data, CSV);
        SplitManifest m = SplitFiles.write(data, new SplitRequest(SplitMethod.RANDOM, 0.25, 1, null, null, null),
                dir, false);
        Path test = dir.resolve("test.csv");
        Files.writeString(test, Files.readString(test) + "9,extra,a\r\n");
        String was = m.test().sha256();
        assertThat(SplitManifest.verify(m, dir.resolve("train.csv"), test)).singleElement().asString()
                .startsWith("test.csv (test) changed since the split: sha256 ").endsWith(" was " + was + " (2 rows)");
        Files.delete(dir.resolve("train.csv"));
        assertThat(m.verify(dir.resolve("train.csv"), test)).hasSize(2).first().asString()
                .startsWith("train.csv (train) is missing: the split wrote 6 rows with sha256 ");
        assertThatThrownBy(() -> SplitFiles.write(data, new SplitRequest(SplitMethod.RANDOM, 0.25, 1, null, null,
                null), dir, false)).isInstanceOf(GreenlightException.class).hasMessageContaining("--force");
    }

    @Test
    void parquetIsSplitInItsOwnFormat() throws Exception {
        Path data = dir.resolve("data.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT range AS id, range % 3 AS y FROM range(40)) TO '" + data + "' (FORMAT PARQUET)");
        }
        SplitManifest m = SplitFiles.write(data, new SplitRequest(SplitMethod.RANDOM, 0.25, 3, "y", null, null),
                dir.resolve("out"), false);
        assertThat(m.test().file()).isEqualTo("test.parquet");
        assertThat(m.test().rows()).isEqualTo(10);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT list(id) FROM read_parquet('" + dir.resolve("out/test.parquet")
                     + "')")) {
            rs.next();
            String ids = rs.getString(1);
            StringBuilder expected = new StringBuilder("[");
            for (int r : m.test().rowIds()) {
                expected.append(expected.length() > 1 ? ", " : "").append(r);
            }
            assertThat(ids).isEqualTo(expected + "]");
        }
    }

    @Test
    void theExtensionKeepsCompression() {
        assertThat(SplitFiles.extension(Path.of("a/b.data.csv.gz"))).isEqualTo(".csv.gz");
        assertThat(SplitFiles.extension(Path.of("x.parquet"))).isEqualTo(".parquet");
    }
}
