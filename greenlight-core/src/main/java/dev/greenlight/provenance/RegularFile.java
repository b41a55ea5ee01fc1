package dev.greenlight.provenance;

import dev.greenlight.error.InvalidDataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file Greenlight reads whole (a data file, a profile, a file to hash) is a readable regular file. */
public final class RegularFile {
    private RegularFile() {
    }

    /**
     * Checks that {@code file} is a readable regular file and returns its size; the checks that apply to any file
     * Greenlight reads whole (a data file, a profile).
     */
    public static long require(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidDataException(file + ": file not found" + (Files.isSymbolicLink(file)
                    ? " (a link to a file that does not exist)" : ""));
        }
        if (Files.isDirectory(file)) {
            throw new InvalidDataException(file + ": is a folder, expected a data file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataException(file + ": is not a regular file (a device, pipe or socket"
                    + (Files.isSymbolicLink(file) ? ", reached through a link" : "") + "); Greenlight reads data "
                    + "from files, since reading a device or pipe may never end");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidDataException(file + ": file is not readable (check its permissions)");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }
}
