package dev.greenlight.io.output;

import dev.greenlight.error.GreenlightException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * An output being written: the bytes go to a hidden temporary file beside the target, which {@link #commit()}
 * flushes to disk and renames over the target in one step. Closed without a commit (an error, an exception), the
 * temporary file is deleted and the target is as it was.
 */
public final class PendingFile implements AutoCloseable {
    private final Path out;
    private final Path target;
    private final Path temp;
    private boolean committed;

    private PendingFile(Path out, Path target, Path temp) {
        this.out = out;
        this.target = target;
        this.temp = temp;
    }

    static PendingFile create(Path out, Path target) {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            // a file of our own name rather than createTempFile, whose owner-only permissions the output would keep
            Files.createFile(temp);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
        return new PendingFile(out, target, temp);
    }

    /** The path the output will have. */
    public Path target() {
        return target;
    }

    /** Where to write the bytes: for a library that writes to a path itself (DuckDB's {@code COPY ... TO}). */
    public Path temp() {
        return temp;
    }

    /** Writes the temporary file through a buffered stream. */
    public void write(Outputs.Body body) {
        try (OutputStream s = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            body.writeTo(s);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    /** Flushes the temporary file to disk and renames it over the target. */
    public void commit() {
        try {
            sync(temp);
            moveInto(temp, target);
            committed = true;
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteQuietly(temp);
        }
    }

    /** Forces a file's bytes to disk, so a rename never publishes a file whose content is still in memory. */
    static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Renames in one step where the file system can (always within a folder on a local one). */
    static void moveInto(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a hidden temporary file left behind harms nothing and is named for what it is
        }
    }

    static GreenlightException cannotWrite(Path out, IOException e) {
        return new GreenlightException("cannot write " + out + " (" + reason(e) + ")", e);
    }

    /** NIO's messages are often the bare path; its exception's name says what went wrong (AccessDenied, ...). */
    private static String reason(IOException e) {
        String kind = e.getClass().getSimpleName();
        return kind.equals("IOException") ? String.valueOf(e.getMessage())
                : kind.replace("Exception", "") + ": " + e.getMessage();
    }
}
