package dev.greenlight.spark;

import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.error.InvalidDataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file without destroying an input: an output that is the input is refused, an existing file
 * is replaced only when asked, and the bytes go to a temporary file beside it that is then renamed over it.
 */
final class OutputFile {
    private OutputFile() {
    }

    static void write(Path out, byte[] bytes, String input, boolean force) {
        Path target = out.toAbsolutePath().normalize();
        if (input != null && !input.contains("://") && target.equals(Path.of(input).toAbsolutePath().normalize())) {
            throw new InvalidConfigException(out + ": the output is the input; write it elsewhere");
        }
        if (Files.isDirectory(target)) {
            throw new InvalidConfigException(out + ": is a folder, expected a file to write");
        }
        if (Files.exists(target) && !force) {
            throw new InvalidConfigException(out + ": exists; pass --force to replace it");
        }
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            // a name of our own rather than createTempFile, whose owner-only permissions the file would keep
            Path tmp = parent.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new InvalidDataException(out + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
