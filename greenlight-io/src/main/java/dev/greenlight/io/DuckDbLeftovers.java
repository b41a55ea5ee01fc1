package dev.greenlight.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * DuckDB's JDBC driver unpacks its native library (about 55 MB) into the temporary folder as
 * {@code libduckdb_java*.so} each time a JVM loads it, and deletes the copy only at a normal exit, so every killed
 * run (Ctrl-C twice, a CI timeout, {@code kill -9}) leaves one behind. This removes the copies older than an hour:
 * a copy being unpacked and loaded is seconds old, and a JVM still running keeps the library it loaded when the
 * file is deleted (Linux and macOS unlink; on Windows the delete of a file in use fails and is skipped).
 */
public final class DuckDbLeftovers {
    /** Copies younger than this are left alone. */
    public static final Duration MIN_AGE = Duration.ofHours(1);

    private DuckDbLeftovers() {
    }

    /** Removes the old copies from the JVM's temporary folder; returns how many went. Never throws. */
    public static int clean() {
        return clean(Path.of(System.getProperty("java.io.tmpdir")), Instant.now().minus(MIN_AGE));
    }

    static int clean(Path folder, Instant olderThan) {
        int removed = 0;
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "libduckdb_java*.so")) {
            for (Path p : copies) {
                try {
                    FileTime modified = Files.getLastModifiedTime(p);
                    if (Files.isRegularFile(p) && modified.toInstant().isBefore(olderThan)
                            && Files.deleteIfExists(p)) {
                        removed++;
                    }
                } catch (IOException | SecurityException e) {
                    // another user's copy, or one in use on Windows: not ours to remove
                }
            }
        } catch (IOException | SecurityException e) {
            // no temporary folder to look at: nothing to clean
        }
        return removed;
    }
}
