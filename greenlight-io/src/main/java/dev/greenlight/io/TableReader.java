package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV (delimiter, quoting and header sniffed; gzip by extension), Parquet and JSON Lines files into typed
 * columnar {@link Table}s through DuckDB's embedded engine. Column types come from DuckDB's inference, refined by
 * {@link ColumnDecoder} and overridden by the user's declarations.
 *
 * <p>Every failure is an {@link InvalidDataException} whose message names the file and, where it applies, the
 * column and row.
 */
public final class TableReader {

    static {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TableReader() {
    }

    public static DataFile read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    public static DataFile read(Path file, ReadOptions options) {
        if (!Files.exists(file)) {
            throw new InvalidDataException(file + ": file not found");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidDataException(file + ": is a folder, expected a data file");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidDataException(file + ": file is not readable (check its permissions)");
        }
        DataFormat format = DataFormat.of(file);
        String sha = Fingerprint.sha256(file);
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
            if (format == DataFormat.CSV) {
                checkCsvHeader(conn, file);
            }
            Map<String, String> duckTypes = describe(conn, file, format);
            List<String> notes = new ArrayList<>();
            Table table = readColumns(conn, file, format, duckTypes, options, notes);
            if (table.rowCount() == 0) {
                throw new InvalidDataException(file + ": the dataset is empty (a header but no data rows)");
            }
            for (String declared : options.types().keySet()) {
                if (!table.has(declared)) {
                    notes.add("a type is declared for column '" + declared + "', which " + file.getFileName()
                            + " does not have" + Suggestions.didYouMean(declared, table.columnNames()));
                }
            }
            return new DataFile(file, format, sha, table, notes);
        } catch (SQLException e) {
            throw new InvalidDataException(file + ": cannot read as " + format.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String source(Path file, DataFormat format, boolean fullSample) {
        String path = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        return switch (format) {
            case CSV -> "read_csv(" + path + (fullSample ? ", sample_size = -1" : "") + ")";
            case PARQUET -> "read_parquet(" + path + ")";
            case JSON_LINES -> "read_json(" + path + (fullSample ? ", sample_size = -1" : "") + ")";
        };
    }

    /**
     * DuckDB renames a repeated header ({@code a, a} becomes {@code a, a_1}); read the raw first row to catch it,
     * since two columns of one name make every later reference ambiguous.
     */
    private static void checkCsvHeader(Connection conn, Path file) throws SQLException {
        String path = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        try (Statement st = conn.createStatement();
             ResultSet sniff = st.executeQuery("SELECT Delimiter, Quote, HasHeader FROM sniff_csv(" + path + ")")) {
            if (!sniff.next()) {
                return;
            }
            String delim = sniff.getString(1);
            String quote = sniff.getString(2);
            if (!sniff.getBoolean(3)) {
                throw new InvalidDataException(file + ": no header row found; the first line must name the columns");
            }
            String q = "SELECT * FROM read_csv(" + path + ", header = false, all_varchar = true, delim = '"
                    + delim.replace("'", "''") + "'" + (quote == null || quote.length() != 1 ? ""
                    : ", quote = '" + quote.replace("'", "''") + "'") + ") LIMIT 1";
            try (Statement st2 = conn.createStatement(); ResultSet rs = st2.executeQuery(q)) {
                if (!rs.next()) {
                    return;
                }
                Map<String, Integer> seen = new HashMap<>();
                List<String> repeated = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= n; i++) {
                    String name = rs.getString(i);
                    if (name != null && seen.merge(name, 1, Integer::sum) == 2) {
                        repeated.add("'" + name + "'");
                    }
                }
                if (!repeated.isEmpty()) {
                    throw new InvalidDataException(file + ": duplicate column name" + (repeated.size() > 1 ? "s " : " ")
                            + String.join(", ", repeated) + " in the header; every column needs a unique name");
                }
            }
        }
    }

    private static Map<String, String> describe(Connection conn, Path file, DataFormat format) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source(file, format, false))) {
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2));
            }
        }
        return types;
    }

    private static Table readColumns(Connection conn, Path file, DataFormat format, Map<String, String> duckTypes,
                                     ReadOptions options, List<String> notes) throws SQLException {
        try {
            return readColumns(conn, file, source(file, format, false), duckTypes, options, notes);
        } catch (SQLException e) {
            // DuckDB infers types from a sample; a value beyond it that does not fit is a conversion error.
            // Reading again with the whole file as the sample gives the type that fits every row.
            if (format == DataFormat.PARQUET || !String.valueOf(e.getMessage()).contains("Conversion Error")) {
                throw e;
            }
            notes.clear();
            Map<String, String> fullTypes = new LinkedHashMap<>();
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source(file, format, true))) {
                while (rs.next()) {
                    fullTypes.put(rs.getString(1), rs.getString(2));
                }
            }
            return readColumns(conn, file, source(file, format, true), fullTypes, options, notes);
        }
    }

    private static Table readColumns(Connection conn, Path file, String source, Map<String, String> duckTypes,
                                     ReadOptions options, List<String> notes) throws SQLException {
        List<String> names = new ArrayList<>(duckTypes.keySet());
        List<ColumnDecoder> decoders = new ArrayList<>(names.size());
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            ColumnDecoder d = ColumnDecoder.forDuckType(file, name, duckTypes.get(name), options.types().get(name),
                    options.requireNumeric().contains(name));
            decoders.add(d);
            select.append(i == 0 ? "" : ", ").append(d.selectExpression(quoteIdentifier(name)));
        }
        select.append(" FROM ").append(source);
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(select.toString())) {
            while (rs.next()) {
                for (int i = 0; i < decoders.size(); i++) {
                    decoders.get(i).accept(rs, i + 1);
                }
            }
        }
        List<Column> columns = new ArrayList<>(decoders.size());
        for (ColumnDecoder d : decoders) {
            columns.add(d.finish(notes));
        }
        return Table.of(columns);
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail from the reader";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
