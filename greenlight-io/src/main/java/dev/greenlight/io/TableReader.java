package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.provenance.Fingerprint;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;
import dev.greenlight.time.PhaseTimes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads CSV (delimiter, quoting and header sniffed; gzip by extension), Parquet and JSON Lines files into typed
 * columnar {@link Table}s through DuckDB's embedded engine, in one scan whose result is handed over as Arrow batches
 * ({@link DuckDbSource#scan}). Column types come from DuckDB's inference, refined by the one set of
 * {@link TypeRules} (applied by {@link ColumnDecoder}) and overridden by the user's declarations.
 *
 * <p>Every failure is an {@link InvalidDataException} whose message names the file and, where it applies, the
 * column and row.
 */
public final class TableReader {

    private TableReader() {
    }

    public static DataFile read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    public static DataFile read(Path file, ReadOptions options) {
        return read(file, options, Long.MAX_VALUE, true).orElseThrow();
    }

    /**
     * The file's table when it has at most {@code maxRows} rows; empty when it has more (the scan stops there, so a
     * caller can stream a large file instead without having held it). No fingerprint is taken: the caller records
     * none (a drift comparison), and hashing the bytes would cost a second pass over the file.
     */
    public static Optional<Table> readTableAtMost(Path file, ReadOptions options, long maxRows) {
        return read(file, options, maxRows, false).map(DataFile::table);
    }

    /** @param fingerprint whether to hash the file's bytes (else the DataFile's SHA-256 is null, never returned) */
    private static Optional<DataFile> read(Path file, ReadOptions options, long maxRows, boolean fingerprint) {
        DuckDbSource.requireReadable(file);
        DataFormat format = DataFormat.of(file);
        try (Connection conn = connect(file, options.threads())) {
            List<String> notes = new ArrayList<>();
            Table table;
            try {
                table = readColumns(conn, file, format, options, maxRows, notes);
            } catch (TooManyRows e) {
                return Optional.empty();
            }
            if (table.rowCount() == 0) {
                throw new InvalidDataException(file + ": the dataset is empty (a header but no data rows)");
            }
            for (String declared : options.types().keySet()) {
                if (!table.has(declared)) {
                    notes.add("a type is declared for column '" + declared + "', which " + file.getFileName()
                            + " does not have" + Suggestions.didYouMean(declared, table.columnNames()));
                }
            }
            // hashed once the read succeeded, so a file DuckDB cannot read is refused without reading it twice
            String sha = null;
            if (fingerprint) {
                try (var phase = PhaseTimes.start("fingerprint " + file.getFileName())) {
                    sha = Fingerprint.sha256(file);
                }
            }
            return Optional.of(new DataFile(file, format, sha, table, notes));
        } catch (SQLException e) {
            throw DuckDbSource.cannotRead(file, format, e);
        }
    }

    private static Table readColumns(Connection conn, Path file, DataFormat format, ReadOptions options,
                                     long maxRows, List<String> notes) throws SQLException {
        try {
            return readColumns(conn, file, format, false, options, maxRows, notes);
        } catch (SQLException e) {
            // DuckDB infers types from a sample; a value beyond it that does not fit is a conversion error.
            // Reading again with the whole file as the sample gives the type that fits every row.
            if (format == DataFormat.PARQUET || !DuckDbSource.isConversionError(e)) {
                throw e;
            }
            notes.clear();
            return readColumns(conn, file, format, true, options, maxRows, notes);
        }
    }

    private static Table readColumns(Connection conn, Path file, DataFormat format, boolean fullSample,
                                     ReadOptions options, long maxRows, List<String> notes) throws SQLException {
        var inference = PhaseTimes.start("type inference " + file.getFileName());
        // a CSV file is sniffed once, and read with what was found
        var sniffed = format == DataFormat.CSV ? DuckDbSource.sniffCsv(conn, file, fullSample)
                : java.util.Optional.<DuckDbSource.SniffedCsv>empty();
        Map<String, String> duckTypes = sniffed.isPresent() ? sniffed.get().types()
                : DuckDbSource.describe(conn, DuckDbSource.source(file, format, fullSample, List.of()));
        if (format == DataFormat.CSV && !fullSample) {
            DuckDbSource.checkCsvHeader(conn, file, duckTypes.keySet());
        }
        inference.close();
        List<String> asText = DuckDbSource.booleanColumns(duckTypes);
        String source = sniffed.isPresent() ? sniffed.get().source(asText)
                : DuckDbSource.source(file, format, fullSample, asText);
        List<String> names = new ArrayList<>(duckTypes.keySet());
        List<ColumnDecoder> decoders = new ArrayList<>(names.size());
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            ColumnDecoder d = ColumnDecoder.forDuckType(file, name, duckTypes.get(name), options.types().get(name),
                    options.requireNumeric().contains(name));
            decoders.add(d);
            select.append(i == 0 ? "" : ", ").append(d.selectExpression(DuckDbSource.quote(name)));
        }
        select.append(" FROM ").append(source);
        long[] read = {0};
        var reading = PhaseTimes.start("read " + file.getFileName());
        DuckDbSource.scan(conn, select.toString(), batch -> {
            int rows = batch.getRowCount();
            read[0] += rows;
            if (read[0] > maxRows) {
                throw new TooManyRows();
            }
            for (int i = 0; i < decoders.size(); i++) {
                decoders.get(i).accept(batch.getVector(i), rows);
            }
        });
        List<Column> columns = new ArrayList<>(decoders.size());
        for (ColumnDecoder d : decoders) {
            columns.add(d.finish(notes));
        }
        reading.close();
        return Table.of(columns);
    }

    private static Connection connect(Path file, int threads) throws SQLException {
        try (var phase = PhaseTimes.start("open " + file.getFileName())) {
            return DuckDbSource.connect(threads);
        }
    }

    /** Stops a bounded read at the first batch beyond its limit. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
