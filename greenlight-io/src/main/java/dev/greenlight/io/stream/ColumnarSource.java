package dev.greenlight.io.stream;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFormat;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A data file (CSV, Parquet, JSON Lines) read column-wise through DuckDB without building rows as objects: its
 * schema is decided first with aggregate queries ({@link SchemaInference}, the same rules as
 * {@code TableReader}), then the rows are handed over in batches of primitive arrays. Categorical values arrive as
 * dictionary codes computed by DuckDB (an {@code ENUM} per column), so no string is made per row.
 *
 * <p>Two ways to consume it: {@link #scan} streams batches, so memory stays bounded whatever the file's size
 * (profiles feed their sketches this way); {@link #readTable} collects a whole {@link Table}. Every failure is an
 * {@link InvalidDataException} naming the file.
 */
public final class ColumnarSource implements AutoCloseable {
    /** Most distinct values a categorical column may have; beyond it the column is read as text (hashes). */
    public static final int MAX_DICTIONARY = 100_000;
    /** Rows per batch unless another size is asked for. */
    public static final int DEFAULT_BATCH = 65_536;

    static {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path file;
    private final DataFormat format;
    private final Connection conn;
    private final String source;
    private final List<SchemaInference.Plan> plans;
    private final List<SourceColumn> columns;
    private final long rowCount;

    private ColumnarSource(Path file, DataFormat format, Connection conn, String source,
                           List<SchemaInference.Plan> plans, List<SourceColumn> columns, long rowCount) {
        this.file = file;
        this.format = format;
        this.conn = conn;
        this.source = source;
        this.plans = plans;
        this.columns = List.copyOf(columns);
        this.rowCount = rowCount;
    }

    /** Opens a file and decides its schema; the caller closes it. */
    public static ColumnarSource open(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidDataException(file + ": file not found");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidDataException(file + ": is a folder, expected a data file");
        }
        DataFormat format = DataFormat.of(file);
        Connection conn = null;
        try {
            // stream query results chunk by chunk; by default DuckDB's JDBC driver materialises a whole result
            java.util.Properties properties = new java.util.Properties();
            properties.setProperty("jdbc_stream_results", "true");
            conn = DriverManager.getConnection("jdbc:duckdb:", properties);
            String source = sourceOf(file, format, false);
            SchemaInference.Schema schema;
            try {
                schema = SchemaInference.infer(conn, source, describe(conn, source));
            } catch (SQLException e) {
                // DuckDB infers CSV types from a sample; a later value that does not fit needs the whole file
                if (format == DataFormat.PARQUET || !String.valueOf(e.getMessage()).contains("Conversion Error")) {
                    throw e;
                }
                source = sourceOf(file, format, true);
                schema = SchemaInference.infer(conn, source, describe(conn, source));
            }
            List<SchemaInference.Plan> plans = schema.plans();
            long rows = schema.rows();
            if (rows == 0) {
                throw new InvalidDataException(file + ": the dataset is empty (a header but no data rows)");
            }
            List<SourceColumn> columns = new ArrayList<>();
            List<SchemaInference.Plan> fetched = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                SchemaInference.Plan p = plans.get(i);
                if (p.type() == ColumnType.CATEGORICAL || p.type() == ColumnType.BOOLEAN) {
                    String enumType = "glenum_" + i;
                    List<String> dictionary = createEnum(conn, source, p.expression(), enumType);
                    columns.add(new SourceColumn(p.name(), p.type(), dictionary));
                    fetched.add(new SchemaInference.Plan(p.name(), p.type(), "enum_code(CAST(" + p.expression()
                            + " AS " + enumType + "))"));
                } else {
                    columns.add(new SourceColumn(p.name(), p.type(), List.of()));
                    fetched.add(p);
                }
            }
            return new ColumnarSource(file, format, conn, source, fetched, columns, rows);
        } catch (SQLException e) {
            closeQuietly(conn);
            throw new InvalidDataException(file + ": cannot read as " + format.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " (" + firstLine(e.getMessage()) + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(conn);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public DataFormat format() {
        return format;
    }

    /** Number of data rows. */
    public long rowCount() {
        return rowCount;
    }

    public List<SourceColumn> columns() {
        return columns;
    }

    /** Hands every row to the consumer in batches of at most {@code batchRows} rows, in file order. */
    public void scan(int batchRows, Consumer<RowBatch> consumer) {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be at least 1, got " + batchRows);
        }
        RowBatch batch = new RowBatch(columns, batchRows);
        double[][] numbers = batch.numberArrays();
        int[][] codes = batch.codeArrays();
        long[][] hashes = batch.hashArrays();
        boolean[][] hashMissing = batch.hashMissingArrays();
        int n = columns.size();
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < n; i++) {
            select.append(i == 0 ? "" : ", ").append(plans.get(i).expression());
        }
        select.append(" FROM ").append(source);
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(select.toString())) {
            int size = 0;
            while (rs.next()) {
                for (int i = 0; i < n; i++) {
                    int idx = i + 1;
                    if (numbers[i] != null) {
                        double v = rs.getDouble(idx);
                        numbers[i][size] = rs.wasNull() ? Double.NaN : v;
                    } else if (codes[i] != null) {
                        int code = rs.getInt(idx);
                        codes[i][size] = rs.wasNull() ? RowBatch.MISSING_CODE : code;
                    } else {
                        hashes[i][size] = rs.getLong(idx);
                        hashMissing[i][size] = rs.wasNull();
                    }
                }
                if (++size == batchRows) {
                    batch.setSize(size);
                    consumer.accept(batch);
                    size = 0;
                }
            }
            if (size > 0) {
                batch.setSize(size);
                consumer.accept(batch);
            }
        } catch (SQLException e) {
            throw new InvalidDataException(file + ": cannot read (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * The whole file as a table. Text columns hold no values here (they arrive as hashes), so they are left out;
     * {@link #columns()} still lists them.
     */
    public Table readTable() {
        if (rowCount > Integer.MAX_VALUE - 8) {
            throw new InvalidDataException(file + ": " + rowCount + " rows are too many to hold in memory; profile "
                    + "the file instead");
        }
        int rows = (int) rowCount;
        int n = columns.size();
        double[][] numbers = new double[n][];
        int[][] codes = new int[n][];
        for (int i = 0; i < n; i++) {
            switch (columns.get(i).storage()) {
                case NUMBERS -> numbers[i] = new double[rows];
                case CODES -> codes[i] = new int[rows];
                default -> { }
            }
        }
        int[] offset = {0};
        scan(DEFAULT_BATCH, b -> {
            for (int i = 0; i < n; i++) {
                if (numbers[i] != null) {
                    System.arraycopy(b.numbers(i), 0, numbers[i], offset[0], b.size());
                } else if (codes[i] != null) {
                    System.arraycopy(b.codes(i), 0, codes[i], offset[0], b.size());
                }
            }
            offset[0] += b.size();
        });
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SourceColumn c = columns.get(i);
            if (numbers[i] != null) {
                out.add(new NumericColumn(c.name(), c.type(), offset[0] == rows ? numbers[i]
                        : Arrays.copyOf(numbers[i], offset[0])));
            } else if (codes[i] != null) {
                out.add(new CategoricalColumn(c.name(), c.type(), offset[0] == rows ? codes[i]
                        : Arrays.copyOf(codes[i], offset[0]), c.dictionary()));
            }
        }
        return Table.of(out);
    }

    @Override
    public void close() {
        closeQuietly(conn);
    }

    private static List<String> createEnum(Connection conn, String source, String expression, String enumType)
            throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE OR REPLACE TYPE " + enumType + " AS ENUM (SELECT DISTINCT " + expression + " FROM "
                    + source + " WHERE " + expression + " IS NOT NULL ORDER BY 1)");
        }
        List<String> dictionary = new ArrayList<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT unnest(enum_range(NULL::" + enumType + "))")) {
            while (rs.next()) {
                dictionary.add(rs.getString(1));
            }
        }
        return dictionary;
    }

    private static String sourceOf(Path file, DataFormat format, boolean fullSample) {
        String path = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        return switch (format) {
            case CSV -> "read_csv(" + path + (fullSample ? ", sample_size = -1" : "") + ")";
            case PARQUET -> "read_parquet(" + path + ")";
            case JSON_LINES -> "read_json(" + path + (fullSample ? ", sample_size = -1" : "") + ")";
        };
    }

    private static Map<String, String> describe(Connection conn, String source) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2));
            }
        }
        return types;
    }


    private static void closeQuietly(Connection conn) {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // nothing useful to tell: the connection is in memory and goes away with it
            }
        }
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
