package dev.greenlight.io;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.error.InvalidDataException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBResultSet;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * How both readers reach a file through DuckDB's embedded engine: the checks before opening, the table function
 * that reads each format, the column types DuckDB infers, the CSV header check, and the columnar hand-over of a
 * query's result as Apache Arrow batches ({@code DuckDBResultSet.arrowExportStream}), so values arrive as
 * primitive buffers instead of one JDBC call per cell.
 */
public final class DuckDbSource {
    /** Rows per Arrow batch. */
    public static final int BATCH_ROWS = 16_384;

    static {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private DuckDbSource() {
    }

    /**
     * Loads what the first read of a file needs (DuckDB's native library and a connection to it, Apache Arrow's
     * allocator and the vector classes a result arrives in) so that a command can do it beside its own start-up,
     * on a core that would otherwise wait. Never throws: a failure here is met again, and reported, by the read.
     */
    public static void warmUp() {
        // one row of each kind a read hands over, through the read's own path (numbers and text as Arrow vectors)
        try (Connection conn = connect(1)) {
            scan(conn, "SELECT CAST(1.5 AS DOUBLE) AS x, CAST('a' AS VARCHAR) AS t", batch -> { });
        } catch (SQLException | RuntimeException | LinkageError e) {
            // the read that follows meets and reports the same failure
        }
    }

    /** A file that can be read ({@link ReadableFile#require}); else an {@link InvalidDataException}. */
    public static void requireReadable(Path file) {
        ReadableFile.require(file);
    }

    /** An in-memory DuckDB connection whose results stream chunk by chunk. */
    public static Connection connect() throws SQLException {
        return connect(0);
    }

    /**
     * The same, with DuckDB limited to {@code threads} threads (0: DuckDB's default, one per core). Each connection
     * is its own database, so the limit holds for this connection's queries only.
     */
    public static Connection connect(int threads) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        if (threads > 0) {
            properties.setProperty("threads", Integer.toString(threads));
        }
        return DriverManager.getConnection("jdbc:duckdb:", properties);
    }

    /**
     * The table function reading {@code file}.
     *
     * @param fullSample infer types from every row rather than a sample (after a value beyond the sample did not
     *                   fit the sampled type)
     * @param asText     CSV columns to read as text whatever DuckDB infers (booleans, so yes/no stays yes/no)
     */
    public static String source(Path file, DataFormat format, boolean fullSample, Collection<String> asText) {
        String path = literal(file.toAbsolutePath().toString());
        StringBuilder types = new StringBuilder();
        if (format == DataFormat.CSV && !asText.isEmpty()) {
            types.append(", types = {");
            int i = 0;
            for (String c : asText) {
                types.append(i++ == 0 ? "" : ", ").append(literal(c)).append(": 'VARCHAR'");
            }
            types.append('}');
        }
        return switch (format) {
            case CSV -> "read_csv(" + path + (fullSample ? ", sample_size = -1" : "") + types + ")";
            case PARQUET -> "read_parquet(" + path + ")";
            case JSON_LINES -> "read_json(" + path + (fullSample ? ", sample_size = -1" : "") + ")";
        };
    }

    /** Column name to DuckDB type, in file order. */
    public static Map<String, String> describe(Connection conn, String source) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2));
            }
        }
        return types;
    }

    /** The columns DuckDB would read as booleans; read as text instead (see {@link TypeRules}). */
    public static List<String> booleanColumns(Map<String, String> duckTypes) {
        List<String> out = new ArrayList<>();
        duckTypes.forEach((name, type) -> {
            if (TypeRules.isBooleanType(type)) {
                out.add(name);
            }
        });
        return out;
    }

    /**
     * DuckDB renames a repeated header ({@code a, a} becomes {@code a, a_1}); when the names DuckDB gives look like
     * such a renaming (or the names it makes up without a header), read the raw first row to catch it, since two
     * columns of one name make every later reference ambiguous; a file without a header row is rejected.
     */
    public static void checkCsvHeader(Connection conn, Path file, Collection<String> names) throws SQLException {
        if (names.size() == 1) {
            char delimiter = RaggedLines.delimiterIn(names.iterator().next());
            if (delimiter != 0) {
                Optional<ReadError> ragged = RaggedLines.first(conn, file, delimiter);
                if (ragged.isPresent()) {
                    throw ragged.get().exception(null);
                }
            }
        }
        java.util.Set<String> all = new java.util.HashSet<>(names);
        boolean renamed = false;
        for (String n : names) {
            java.util.regex.Matcher m = RENAMED.matcher(n);
            renamed |= m.matches() && all.contains(m.group(1)) || GENERATED.matcher(n).matches();
        }
        if (renamed) {
            checkCsvHeader(conn, file);
        }
    }

    private static final java.util.regex.Pattern RENAMED = java.util.regex.Pattern.compile("(.*)_[0-9]+");
    /** The names DuckDB makes up for a file without a header row. */
    private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile("column[0-9]+");

    /** The raw header check of {@link #checkCsvHeader(Connection, Path, Collection)}, always run. */
    public static void checkCsvHeader(Connection conn, Path file) throws SQLException {
        String path = literal(file.toAbsolutePath().toString());
        try (Statement st = conn.createStatement();
             ResultSet sniff = st.executeQuery("SELECT Delimiter, Quote, HasHeader FROM sniff_csv(" + path + ")")) {
            if (!sniff.next()) {
                return;
            }
            String delim = sniff.getString(1);
            String quote = sniff.getString(2);
            if (!sniff.getBoolean(3)) {
                if (delim != null && delim.length() == 1) {
                    Optional<ReadError> ragged = RaggedLines.first(conn, file, delim.charAt(0));
                    if (ragged.isPresent()) {
                        throw ragged.get().exception(null);
                    }
                }
                throw new InvalidDataException(file + ": no header row found; the first line must name the columns");
            }
            String q = "SELECT * FROM read_csv(" + path + ", header = false, all_varchar = true, delim = "
                    + literal(delim) + (quote == null || quote.length() != 1 ? "" : ", quote = " + literal(quote))
                    + ") LIMIT 1";
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

    /**
     * Runs {@code sql} and hands its result to {@code consumer} as Arrow batches of at most {@link #BATCH_ROWS}
     * rows, in order. The batch's vectors are reused for the next one: a consumer copies what it keeps.
     */
    public static void scan(Connection conn, String sql, Consumer<VectorSchemaRoot> consumer) throws SQLException {
        try (BufferAllocator allocator = allocator();
             Statement st = conn.createStatement();
             DuckDBResultSet rs = (DuckDBResultSet) st.executeQuery(sql);
             ArrowReader reader = (ArrowReader) rs.arrowExportStream(allocator, BATCH_ROWS)) {
            while (reader.loadNextBatch()) {
                consumer.accept(reader.getVectorSchemaRoot());
            }
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    /**
     * Arrow's allocator, or a refusal that says what the JVM lacks: Arrow reads memory addresses of NIO buffers,
     * which Java 17 opens only to a JVM started with {@value #ARROW_JVM_OPTION} (the launcher's jar manifest adds it;
     * a library user's JVM must).
     */
    static BufferAllocator allocator() {
        try {
            return new RootAllocator();
        } catch (LinkageError e) {
            throw new GreenlightException("reading data needs the JVM option " + ARROW_JVM_OPTION
                    + " (Apache Arrow hands DuckDB's results over through NIO buffers); add it to the java command, "
                    + "or to the test JVM's argLine in Maven Surefire (see docs/library.md)", e);
        }
    }

    /** The option that lets Apache Arrow read NIO buffers' addresses on Java 17. */
    public static final String ARROW_JVM_OPTION = "--add-opens=java.base/java.nio=ALL-UNNAMED";

    /**
     * What DuckDB's CSV sniffer finds in a file, kept to read the file with those findings instead of sniffing again:
     * each query on {@code read_csv} with auto-detection runs the sniffer, which parses a sample of 20,480 rows with
     * every candidate dialect and type (about 0.25 s of CPU whatever the file's size, twenty times the read of a
     * 10,000-row file). The reading source is DuckDB's own description of its findings ({@code sniff_csv}'s
     * {@code Prompt}: {@code read_csv} with {@code auto_detect=false} and the dialect, header and types found).
     *
     * @return empty when the sniffer fails (the caller's usual path then reports the file's error) or its
     *         description cannot be reused as it is (a path or column name it does not quote)
     */
    public static java.util.Optional<SniffedCsv> sniffCsv(Connection conn, Path file, boolean fullSample) {
        String path = file.toAbsolutePath().toString();
        String q = "SELECT Prompt, list_transform(Columns, c -> struct_extract(c, 'name')), "
                + "list_transform(Columns, c -> struct_extract(c, 'type')) FROM sniff_csv(" + literal(path)
                + (fullSample ? ", sample_size = -1" : "") + ")";
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(q)) {
            if (!rs.next()) {
                return java.util.Optional.empty();
            }
            String prompt = rs.getString(1);
            Object[] names = (Object[]) rs.getArray(2).getArray();
            Object[] types = (Object[]) rs.getArray(3).getArray();
            Map<String, String> columns = new LinkedHashMap<>();
            StringBuilder described = new StringBuilder("columns={");
            for (int i = 0; i < names.length; i++) {
                columns.put(String.valueOf(names[i]), String.valueOf(types[i]));
                described.append(i == 0 ? "" : ", ").append('\'').append(names[i]).append("': '").append(types[i])
                        .append('\'');
            }
            described.append('}');
            String head = "FROM read_csv('" + path + "', auto_detect=false";
            int at = prompt == null ? -1 : prompt.indexOf(described.toString());
            if (at < 0 || prompt.indexOf(described.toString(), at + 1) >= 0 || !prompt.startsWith(head)
                    || !prompt.endsWith(");") || path.indexOf('\'') >= 0 || columns.size() != names.length) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new SniffedCsv(columns, prompt.substring("FROM ".length(), at),
                    prompt.substring(at + described.length(), prompt.length() - 1)));
        } catch (SQLException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A CSV file's sniffed column types, and the table function that reads it with what was sniffed.
     *
     * @param types  column name to DuckDB type, in file order
     * @param before the table function up to its {@code columns} argument
     * @param after  the rest, after it
     */
    public record SniffedCsv(Map<String, String> types, String before, String after) {
        /** The table function, with the named columns read as text whatever was sniffed (see {@link TypeRules}). */
        public String source(Collection<String> asText) {
            StringBuilder columns = new StringBuilder("columns = {");
            int i = 0;
            for (Map.Entry<String, String> c : types.entrySet()) {
                columns.append(i++ == 0 ? "" : ", ").append(literal(c.getKey())).append(": ")
                        .append(literal(asText.contains(c.getKey()) ? "VARCHAR" : c.getValue()));
            }
            return before + columns.append('}') + after;
        }
    }

    /** Whether a failure is DuckDB meeting a value that does not fit the type it inferred from a sample. */
    public static boolean isConversionError(SQLException e) {
        return String.valueOf(e.getMessage()).contains("Conversion Error");
    }

    /** The error a failed read becomes: the file, line, column and cause of DuckDB's message ({@link ReadError}). */
    public static InvalidDataException cannotRead(Path file, DataFormat format, SQLException e) {
        return ReadError.of(file, format, e.getMessage()).exception(e);
    }

    /** A double-quoted SQL identifier. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A single-quoted SQL string. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
