package dev.greenlight.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DuckDbLeftoversTest {
    @TempDir
    Path tmp;

    @Test
    void removesOnlyCopiesOlderThanTheLimit() throws IOException {
        Path old = Files.writeString(tmp.resolve("libduckdb_java123.so"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path fresh = Files.writeString(tmp.resolve("libduckdb_java456.so"), "x");
        Path other = Files.writeString(tmp.resolve("libother.so"), "x");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        assertThat(DuckDbLeftovers.clean(tmp, Instant.now().minus(DuckDbLeftovers.MIN_AGE))).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).as("not DuckDB's").exists();
    }

    @Test
    void aMissingFolderIsNothingToClean() {
        assertThat(DuckDbLeftovers.clean(tmp.resolve("absent"), Instant.now())).isZero();
    }
}
