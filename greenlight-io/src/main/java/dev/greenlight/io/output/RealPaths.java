package dev.greenlight.io.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths compared as the file system sees them: links resolved, even for a file that does not exist yet. */
final class RealPaths {
    private RealPaths() {
    }

    /**
     * The path with every link resolved: the real path when the file exists, else the real path of its nearest
     * existing folder with the rest of the names appended.
     */
    static Path of(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            return parent == null ? abs : of(parent).resolve(abs.getFileName());
        }
    }

    /** Whether two paths name one file: the same real path, or (hard links) the same file key. */
    static boolean same(Path a, Path b) {
        if (of(a).equals(of(b))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code inner} is {@code folder} or lies under it, links resolved. */
    static boolean within(Path inner, Path folder) {
        return of(inner).startsWith(of(folder));
    }
}
