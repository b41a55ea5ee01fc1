package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.stream.ColumnarSource;
import dev.greenlight.io.stream.StreamingProfiler;
import dev.greenlight.profile.CategoricalProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.profile.ProfileFile;
import dev.greenlight.profile.Profiler;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Profile files on disk, and a data file streamed into the same profile the table in memory gives. */
class ProfileFilesTest {
    @TempDir
    Path dir;

    private Path csv() throws Exception {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, "x,colour\n1.5,red\n2.5,blue\n,red\n4,\n-3,green\n");
        return f;
    }

    @Test
    void writesReadsAndRecognisesProfileFiles() throws Exception {
        Path data = csv();
        DatasetProfile p = Profiler.of(TableReader.read(data).table(), "data.csv");
        Path f = dir.resolve("nested/p.glprofile");
        ProfileFiles.write(p, f);
        assertThat(Files.readAllBytes(f)).isEqualTo(ProfileFile.toBytes(p));
        assertThat(ProfileFiles.isProfile(f)).isTrue();
        assertThat(ProfileFiles.isProfile(data)).as("a data file").isFalse();
        assertThat(ProfileFiles.isProfile(dir.resolve("missing"))).as("no file").isFalse();
        assertThat(ProfileFile.toBytes(ProfileFiles.read(f))).isEqualTo(ProfileFile.toBytes(p));
    }

    @Test
    void aDamagedOrMissingFileIsNamed() throws Exception {
        byte[] bytes = ProfileFile.toBytes(Profiler.of(TableReader.read(csv()).table(), "data.csv"));
        bytes[bytes.length / 2] ^= 1;
        Path f = dir.resolve("x.glprofile");
        Files.write(f, bytes);
        assertThatThrownBy(() -> ProfileFiles.read(f)).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith(f + ": the profile is corrupt (checksum mismatch");
        Path missing = dir.resolve("none.glprofile");
        assertThatThrownBy(() -> ProfileFiles.read(missing)).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith(missing + ": cannot read the profile");
    }

    @Test
    void streamingAFileGivesTheProfileOfItsTable() throws Exception {
        Path data = csv();
        Table table = TableReader.read(data).table();
        DatasetProfile inMemory = Profiler.of(table, "data.csv");
        DatasetProfile streamed;
        try (ColumnarSource source = ColumnarSource.open(data)) {
            streamed = StreamingProfiler.of(source);
        }
        assertThat(streamed.source()).isEqualTo("data.csv");
        assertThat(streamed.rows()).isEqualTo(5);
        assertThat(streamed.columnNames()).containsExactly("x", "colour");
        NumericProfile x = (NumericProfile) streamed.column("x");
        assertThat(x.missing()).isEqualTo(1);
        assertThat(x.mean()).isEqualTo(((NumericProfile) inMemory.column("x")).mean());
        assertThat(((CategoricalProfile) streamed.column("colour")).frequencies())
                .isEqualTo(((CategoricalProfile) inMemory.column("colour")).frequencies());
        assertThat(streamed.column("colour").missing()).isEqualTo(1);
    }
}
