package dev.greenlight.cli;

import dev.greenlight.error.GreenlightException;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A file a command writes: never one of its inputs, replaced only with {@code --force}, and written to a temporary
 * file beside it that is then renamed, so a failed run leaves the old file (or none) rather than half a file.
 */
final class OutputFile {
    /** Writes the content of one output. */
    interface Content {
        void write(Writer w) throws IOException;
    }

    private OutputFile() {
    }

    static void write(Path out, boolean force, List<Path> inputs, Content content) {
        for (Path in : inputs) {
            if (same(in, out)) {
                throw new GreenlightException("--out " + out + " is the input file " + in + "; write the output "
                        + "to another file");
            }
        }
        if (Files.exists(out) && !force) {
            throw new GreenlightException(out + " already exists; pass --force to replace it");
        }
        Path absolute = out.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.write(w);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new GreenlightException("cannot write " + out + " (" + e.getMessage() + ")", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is gone or was moved; nothing to clean up
                }
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to the path comparison
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
