package dev.greenlight.io;

import dev.greenlight.concurrent.Beside;
import dev.greenlight.drift.DriftInput;
import dev.greenlight.io.stream.ColumnarSource;
import dev.greenlight.io.stream.StreamingProfiler;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Table;

import java.nio.file.Path;

/**
 * Opens what a user names as one side of a comparison: a profile file as a profile; a data file with at most
 * {@code exactRowLimit} rows as raw data in memory, read in one scan by {@link TableReader} (every test exact); a
 * larger data file streamed into a profile ({@link ColumnarSource}), so memory stays bounded whatever its size.
 */
public final class DriftSources {
    /** Rows up to which a data file is held in memory by default (about 200 MB per 25 columns). */
    public static final long DEFAULT_EXACT_ROW_LIMIT = 2_000_000;

    private DriftSources() {
    }

    /**
     * The reference and the current data, read at the same time (reading is single-threaded per file; two files
     * keep two cores busy).
     */
    public static DriftInput[] openBoth(Path reference, Path current, long exactRowLimit) {
        // half the cores each: DuckDB's spare threads would only wait on the streamed result, spending CPU
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        Beside<DriftInput> ref = Beside.start(() -> open(reference, "reference", exactRowLimit, threads));
        DriftInput cur;
        try {
            cur = open(current, "current data", exactRowLimit, threads);
        } catch (RuntimeException | Error e) {
            ref.abandon();
            throw e;
        }
        return new DriftInput[] {ref.join(), cur};
    }

    /**
     * @param role {@code reference} or {@code current data}, for messages
     */
    public static DriftInput open(Path file, String role, long exactRowLimit) {
        return open(file, role, exactRowLimit, 0);
    }

    /** The same, with DuckDB limited to {@code threads} threads for this file (0: its default). */
    static DriftInput open(Path file, String role, long exactRowLimit, int threads) {
        String label = role + " (" + file.getFileName() + ")";
        if (java.nio.file.Files.isRegularFile(file) && ProfileFiles.isProfile(file)) {
            return DriftInput.of(ProfileFiles.read(file), label);
        }
        // one scan for a file that fits; free text is not compared, as in a profile
        var whole = TableReader.readTableAtMost(file, ReadOptions.defaults().withThreads(threads), exactRowLimit);
        if (whole.isPresent()) {
            Table t = whole.get();
            return DriftInput.of(Table.of(t.columns().stream().filter(c -> c.type() != ColumnType.TEXT).toList()),
                    label);
        }
        try (ColumnarSource source = ColumnarSource.open(file, threads)) {
            DatasetProfile profile = StreamingProfiler.of(source);
            return DriftInput.of(profile, label + ", streamed into a profile");
        }
    }
}
