package dev.greenlight.split;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFile;
import dev.greenlight.io.DataFormat;
import dev.greenlight.io.TableReader;
import dev.greenlight.provenance.Fingerprint;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.io.output.PendingFolder;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a data file into {@code train.EXT} and {@code test.EXT} in a folder, in the source's format (the same
 * extension, compressed when the source is), with a {@link SplitManifest} beside them. CSV and JSON Lines files are
 * split by copying each row's text unchanged ({@link RecordCopier}), so the split files are byte-stable across runs,
 * platforms and library versions; Parquet files are rewritten by DuckDB in source row order.
 */
public final class SplitFiles {
    /** The algorithm, as the manifest records it. */
    public static final String ALGORITHM = "greenlight-split 1: n_test = ceil(share * n); rows ordered by the "
            + "SplitMix64 finaliser of seed + (row + 1) * 0x9E3779B97F4A7C15 (groups: of seed + first 8 bytes of "
            + "SHA-256(group) * 0x9E3779B97F4A7C15), unsigned, ties by row; stratified: largest-remainder quotas per "
            + "class; time: the latest rows, ties at the cut to test";

    private SplitFiles() {
    }

    /**
     * Reads {@code data}, splits it and writes the two files and the manifest into {@code folder}.
     *
     * <p>The three files are written as one set ({@link PendingFolder}): a run that fails or is killed leaves the
     * earlier split whole, and a split file that is {@code data} itself is refused before anything is written.
     *
     * @param overwrite whether existing split files may be replaced
     * @return the manifest written
     * @throws GreenlightException when a split file exists and {@code overwrite} is false, is the data file, or
     *                             writing fails
     * @throws InvalidDataException when the data cannot be split as asked
     */
    public static SplitManifest write(Path data, SplitRequest request, Path folder, boolean overwrite) {
        String ext = extension(data);
        List<String> names = List.of("train" + ext, "test" + ext, SplitManifest.FILE_NAME);
        Outputs outputs = Outputs.of(overwrite, data);
        outputs.requireFolder(folder);
        for (String name : names) {
            outputs.requireFile(folder.resolve(name));
        }
        DataFile file = TableReader.read(data);
        Table table = file.table();
        if (request.target() != null) {
            Splitter.column(table, request.target(), file.fileName());
        }
        RowSplit split = Splitter.split(table, request, file.fileName());
        try (PendingFolder set = outputs.openFolder(folder)) {
            SplitManifest manifest = write(data, file, request, split, set.stage(names.get(0)),
                    set.stage(names.get(1)));
            manifest.write(set.stage(names.get(2)));
            set.commit();
            return manifest;
        }
    }

    private static SplitManifest write(Path data, DataFile file, SplitRequest request, RowSplit split, Path train,
                                       Path test) {
        Table table = file.table();
        boolean[] toTest = new boolean[table.rowCount()];
        for (int r : split.test()) {
            toTest[r] = true;
        }
        if (file.format() == DataFormat.PARQUET) {
            writeParquet(data, split.train(), train);
            writeParquet(data, split.test(), test);
        } else {
            int records = new RecordCopier(file.format() == DataFormat.CSV).copy(data, toTest, train, test);
            if (records != table.rowCount()) {
                throw new InvalidDataException(data + ": found " + records + " records but the reader found "
                        + table.rowCount() + " rows; convert the file to plain CSV or JSON Lines first");
            }
        }
        Column target = request.target() == null ? null : table.column(request.target());
        return new SplitManifest(request.method().key(), request.seed(), request.testShare(),
                request.column(), request.target(), ALGORITHM,
                new SplitManifest.Part(file.fileName(), file.sha256(), table.rowCount(), balance(target, null), null),
                part(train, split.train(), target), part(test, split.test(), target));
    }

    private static SplitManifest.Part part(Path file, int[] rows, Column target) {
        return new SplitManifest.Part(file.getFileName().toString(), Fingerprint.sha256(file), rows.length,
                balance(target, rows), rows);
    }

    /** Rows per class of the target (all rows when {@code rows} is null), sorted by class; empty without one. */
    private static Map<String, Long> balance(Column target, int[] rows) {
        Map<String, Long> out = new TreeMap<>();
        if (target == null) {
            return out;
        }
        int n = rows == null ? target.size() : rows.length;
        for (int i = 0; i < n; i++) {
            String v = target.format(rows == null ? i : rows[i]);
            out.merge(v == null ? "(missing)" : v, 1L, Long::sum);
        }
        return out;
    }

    /** Where the split files go when no folder is given: {@code data-split/} beside {@code data.csv}. */
    public static Path defaultFolder(Path data) {
        String name = data.getFileName().toString();
        String stem = name.substring(0, name.length() - extension(data).length());
        return data.toAbsolutePath().getParent().resolve(stem + "-split");
    }

    /** {@code .csv}, {@code .csv.gz}, {@code .parquet}, ...: the source's extension, compression included. */
    static String extension(Path data) {
        String name = data.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        int cut = lower.endsWith(".gz") ? lower.lastIndexOf('.', lower.length() - 4) : lower.lastIndexOf('.');
        return cut < 0 ? "" : name.substring(cut);
    }

    private static void writeParquet(Path source, int[] rows, Path out) {
        Path ids = out.resolveSibling("." + out.getFileName() + ".rows.csv");
        try {
            StringBuilder sb = new StringBuilder();
            for (int r : rows) {
                sb.append(r).append('\n');
            }
            Files.writeString(ids, sb);
            try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
                 Statement st = conn.createStatement()) {
                st.execute("COPY (SELECT * EXCLUDE (file_row_number) FROM read_parquet(" + literal(source)
                        + ", file_row_number = true) WHERE file_row_number IN (SELECT r FROM read_csv(" + literal(ids)
                        + ", header = false, columns = {'r': 'BIGINT'})) ORDER BY file_row_number) TO "
                        + literal(out) + " (FORMAT PARQUET)");
            }
        } catch (IOException | SQLException e) {
            throw new GreenlightException("cannot write " + out + " (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(ids);
            } catch (IOException ignored) {
                // a leftover list of row numbers harms nothing
            }
        }
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
