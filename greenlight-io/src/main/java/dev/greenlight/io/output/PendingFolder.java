package dev.greenlight.io.output;

import dev.greenlight.error.GreenlightException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files that belong together (a report set, the parts of a split), written into a hidden staging folder inside the
 * output folder and moved into place by {@link #commit()}: first every old file of the set is removed, then every
 * new one is renamed in. A run that fails before the commit leaves the old set untouched; a run killed during the
 * commit's few renames leaves part of the new set and nothing of the old, so no reader ever takes an old file for
 * part of the new set (a stale junit.xml beside a new report.json). Files in the folder that are not part of the
 * set are never touched.
 */
public final class PendingFolder implements AutoCloseable {
    private final Outputs rules;
    private final Path folder;
    private final Path staging;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final Set<String> omitted = new LinkedHashSet<>();
    private boolean committed;

    private PendingFolder(Outputs rules, Path folder, Path staging) {
        this.rules = rules;
        this.folder = folder;
        this.staging = staging;
    }

    static PendingFolder create(Outputs rules, Path given, Path folder) {
        Path staging = folder.resolve(".greenlight-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw PendingFile.cannotWrite(given, e);
        }
        return new PendingFolder(rules, folder, staging);
    }

    /** The output folder, links resolved. */
    public Path folder() {
        return folder;
    }

    /**
     * The staged path of the set's file {@code name}, to write to (directly, or by a library that writes to a
     * path); refused like any output when the file in the folder may not be replaced.
     */
    public Path stage(String name) {
        if (staged.containsKey(name)) {
            return staged.get(name);
        }
        rules.requireFile(folder.resolve(name));
        Path p = staging.resolve(name);
        staged.put(name, p);
        return p;
    }

    /**
     * Marks a file of the set that this run does not write (a part only some runs have): a file of that name left
     * by an earlier run is removed at the commit, so it is not read as part of the new set.
     */
    public void omit(String name) {
        if (!staged.containsKey(name) && Files.exists(folder.resolve(name))) {
            rules.requireFile(folder.resolve(name));
            omitted.add(name);
        }
    }

    /** Writes the set's file {@code name}. */
    public void write(String name, Outputs.Body body) {
        Path p = stage(name);
        try (OutputStream s = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            body.writeTo(s);
        } catch (IOException e) {
            throw PendingFile.cannotWrite(folder.resolve(name), e);
        }
    }

    public void writeText(String name, String text) {
        write(name, s -> s.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public void writeBytes(String name, byte[] bytes) {
        write(name, s -> s.write(bytes));
    }

    /** Moves the staged files into the folder as one set; returns their paths, in the order they were staged. */
    public List<Path> commit() {
        List<Path> targets = new ArrayList<>();
        String current = null;
        boolean replacing = false;
        try {
            for (Map.Entry<String, Path> e : staged.entrySet()) {
                current = e.getKey();
                PendingFile.sync(e.getValue());
            }
            replacing = true;
            Set<String> replaced = new LinkedHashSet<>(omitted);
            replaced.addAll(staged.keySet());
            for (String name : replaced) {
                current = name;
                Files.deleteIfExists(folder.resolve(name));
            }
            for (Map.Entry<String, Path> e : staged.entrySet()) {
                current = e.getKey();
                Path target = folder.resolve(e.getKey());
                PendingFile.moveInto(e.getValue(), target);
                targets.add(target);
            }
            committed = true;
        } catch (IOException e) {
            if (!replacing) {
                throw PendingFile.cannotWrite(folder.resolve(current), e);
            }
            committed = true; // keep the staged files: the old set is (partly) gone and these are the new one
            throw new GreenlightException("cannot move " + current + " into " + folder + " (" + e.getMessage()
                    + "); the new files not yet moved are in " + staging, e);
        }
        deleteStaging();
        return targets;
    }

    @Override
    public void close() {
        if (!committed) {
            deleteStaging();
        }
    }

    private void deleteStaging() {
        try (Stream<Path> files = Files.walk(staging)) {
            files.sorted(Comparator.reverseOrder()).forEach(PendingFile::deleteQuietly);
        } catch (IOException ignored) {
            // a hidden staging folder left behind harms nothing and is named for what it is
        }
    }
}
