package dev.greenlight.io.output;

import dev.greenlight.error.GreenlightException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The files one command run may write: never one of its inputs (paths compared with links resolved, so a link or
 * a hard link to an input is that input), never a folder, device or pipe, and never over an existing file unless
 * the user passed {@code --force}. Each refusal is a {@link GreenlightException} (exit code 2) naming the path.
 *
 * <p>Check an output with {@link #requireFile} before the long work starts, so a run does not compute for minutes
 * and then refuse; write it with {@link #writeText}, {@link #write} or {@link #open} (beside and renamed), or a set
 * of files with {@link #openFolder}.
 */
public final class Outputs {
    /** Writes the content of one output file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final boolean force;
    private final List<Path> inputs;

    private Outputs(boolean force, List<Path> inputs) {
        this.force = force;
        this.inputs = List.copyOf(inputs);
    }

    /** The rules for a run that reads {@code inputs} (nulls are skipped) and may replace files if forced. */
    public static Outputs of(boolean force, Collection<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (p != null) {
                files.add(p);
            }
        }
        return new Outputs(force, files);
    }

    public static Outputs of(boolean force, Path... inputs) {
        return of(force, Arrays.asList(inputs));
    }

    /** The same rules with more inputs. */
    public Outputs withInputs(Collection<Path> more) {
        List<Path> all = new ArrayList<>(inputs);
        all.addAll(more);
        return of(force, all);
    }

    public boolean force() {
        return force;
    }

    /**
     * Refuses {@code out} as a file to write, or returns the path to write it at (links resolved, so a link to a
     * file is replaced through, not over).
     */
    public Path requireFile(Path out) {
        requireNamed(out);
        Path target = RealPaths.of(out);
        for (Path in : inputs) {
            if (RealPaths.same(in, out)) {
                throw new GreenlightException(out + " is the input " + in + "; writing there would destroy it, so "
                        + "write the output to another file");
            }
        }
        if (Files.isDirectory(target)) {
            throw new GreenlightException(out + " is a folder; name a file to write");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new GreenlightException(out + " is not a regular file (a device, pipe or socket); name a file to "
                    + "write");
        }
        if (Files.exists(target) && !force) {
            throw new GreenlightException(out + " already exists; pass --force to replace it");
        }
        return target;
    }

    /** Refuses {@code folder} as a folder to write into (an input, a file), or returns its path, links resolved. */
    public Path requireFolder(Path folder) {
        requireNamed(folder);
        Path target = RealPaths.of(folder);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new GreenlightException(folder + " is a file; name a folder for the outputs");
        }
        for (Path in : inputs) {
            if (RealPaths.same(in, folder)) {
                throw new GreenlightException(folder + " is the input " + in + "; name another folder for the "
                        + "outputs");
            }
        }
        return target;
    }

    /** A file to write to a temporary name beside {@code out}, renamed over it by {@link PendingFile#commit()}. */
    public PendingFile open(Path out) {
        return PendingFile.create(out, requireFile(out));
    }

    /** Writes {@code out} beside and renames it. */
    public void write(Path out, Body body) {
        try (PendingFile f = open(out)) {
            f.write(body);
            f.commit();
        }
    }

    public void writeText(Path out, String text) {
        write(out, s -> s.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public void writeBytes(Path out, byte[] bytes) {
        write(out, s -> s.write(bytes));
    }

    /** Files that belong together, staged and then moved into {@code folder} as a set. */
    public PendingFolder openFolder(Path folder) {
        return PendingFolder.create(this, folder, requireFolder(folder));
    }

    private static void requireNamed(Path p) {
        if (Objects.requireNonNull(p, "path").toString().isBlank()) {
            throw new GreenlightException("an output path is empty; name a file or folder to write (the working "
                    + "folder is never written into by accident)");
        }
    }
}
