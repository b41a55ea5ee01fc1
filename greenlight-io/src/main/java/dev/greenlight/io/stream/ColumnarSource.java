package dev.greenlight.io.stream;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFormat;
import dev.greenlight.io.DuckDbSource;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.time.PhaseTimes;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private final Path file;
    private final DataFormat format;
    private final Connection conn;
    /** The text file parsed once into DuckDB (null for Parquet, read where it is). */
    private final StagedTable staged;
    private final String source;
    private final List<SchemaInference.Plan> plans;
    private final List<SourceColumn> columns;
    private final long rowCount;

    private ColumnarSource(Path file, DataFormat format, Connection conn, StagedTable staged, String source,
                           List<SchemaInference.Plan> plans, List<SourceColumn> columns, long rowCount) {
        this.file = file;
        this.format = format;
        this.conn = conn;
        this.staged = staged;
        this.source = source;
        this.plans = plans;
        this.columns = List.copyOf(columns);
        this.rowCount = rowCount;
    }

    /** Opens a file and decides its schema; the caller closes it. */
    public static ColumnarSource open(Path file) {
        return open(file, 0);
    }

    /**
     * The same, with DuckDB limited to {@code threads} threads (0: its default, every core), for a caller that reads
     * several files at once.
     */
    public static ColumnarSource open(Path file, int threads) {
        DuckDbSource.requireReadable(file);
        DataFormat format = DataFormat.of(file);
        Connection conn = null;
        StagedTable staged = null;
        var inference = PhaseTimes.start("open and type inference " + file.getFileName());
        try {
            conn = DuckDbSource.connect(threads);
            // a CSV file is sniffed once, and read with what was found
            var sniffed = format == DataFormat.CSV ? DuckDbSource.sniffCsv(conn, file, false)
                    : java.util.Optional.<DuckDbSource.SniffedCsv>empty();
            Map<String, String> duckTypes = sniffed.isPresent() ? sniffed.get().types()
                    : DuckDbSource.describe(conn, DuckDbSource.source(file, format, false, List.of()));
            if (format == DataFormat.CSV) {
                DuckDbSource.checkCsvHeader(conn, file, duckTypes.keySet());
            }
            List<String> asText = DuckDbSource.booleanColumns(duckTypes);
            String source = sniffed.isPresent() ? sniffed.get().source(asText)
                    : DuckDbSource.source(file, format, false, asText);
            // text is parsed once, into a staged table; Parquet is columnar already and read where it is
            staged = format == DataFormat.PARQUET ? null : StagedTable.attach(conn);
            SchemaInference.Schema schema;
            try {
                source = stage(conn, staged, source, file);
                schema = SchemaInference.infer(conn, source, DuckDbSource.describe(conn, source));
            } catch (SQLException e) {
                // DuckDB infers CSV types from a sample; a later value that does not fit needs the whole file
                if (format == DataFormat.PARQUET || !DuckDbSource.isConversionError(e)) {
                    throw e;
                }
                Map<String, String> full = DuckDbSource.describe(conn, DuckDbSource.source(file, format, true,
                        List.of()));
                source = stage(conn, staged, DuckDbSource.source(file, format, true,
                        DuckDbSource.booleanColumns(full)), file);
                schema = SchemaInference.infer(conn, source, DuckDbSource.describe(conn, source));
            }
            List<SchemaInference.Plan> plans = schema.plans();
            long rows = schema.rows();
            if (rows == 0) {
                throw new InvalidDataException(file + ": the dataset is empty (a header but no data rows)");
            }
            List<SourceColumn> columns = new ArrayList<>();
            List<SchemaInference.Plan> fetched = new ArrayList<>();
            List<Integer> coded = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                SchemaInference.Plan p = plans.get(i);
                if (p.type() == ColumnType.CATEGORICAL || p.type() == ColumnType.BOOLEAN) {
                    coded.add(i);
                }
            }
            List<List<String>> dictionaries = createEnums(conn, source, plans, coded);
            for (int i = 0; i < plans.size(); i++) {
                SchemaInference.Plan p = plans.get(i);
                int k = coded.indexOf(i);
                if (k >= 0) {
                    columns.add(new SourceColumn(p.name(), p.type(), dictionaries.get(k)));
                    fetched.add(new SchemaInference.Plan(p.name(), p.type(), "CAST(enum_code(CAST(" + p.expression()
                            + " AS glenum_" + i + ")) AS INTEGER)"));
                } else {
                    columns.add(new SourceColumn(p.name(), p.type(), List.of()));
                    fetched.add(p);
                }
            }
            inference.close();
            return new ColumnarSource(file, format, conn, staged, source, fetched, columns, rows);
        } catch (SQLException e) {
            closeQuietly(conn, staged);
            throw DuckDbSource.cannotRead(file, format, e);
        } catch (RuntimeException e) {
            closeQuietly(conn, staged);
            throw e;
        }
    }

    /** The file's rows parsed once into the staged table (its name returned), or the source itself when none. */
    private static String stage(Connection conn, StagedTable staged, String source, Path file) throws SQLException {
        if (staged == null) {
            return source;
        }
        try (var phase = PhaseTimes.start("parse into a staged table " + file.getFileName())) {
            return staged.copy(conn, source);
        }
    }

    public Path file() {
        return file;
    }

    public DataFormat format() {
        return format;
    }

    /** The temporary folder of the staged copy of a text file; null for Parquet (for tests). */
    Path stagedFolder() {
        return staged == null ? null : staged.folder();
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
        int[] size = {0};
        try (var reading = PhaseTimes.start("read " + file.getFileName())) {
            DuckDbSource.scan(conn, select.toString(), root -> {
                int rows = root.getRowCount();
                for (int from = 0; from < rows; ) {
                    int take = Math.min(rows - from, batchRows - size[0]);
                    for (int i = 0; i < n; i++) {
                        copy(root.getVector(i), from, take, size[0], numbers[i], codes[i], hashes[i], hashMissing[i]);
                    }
                    from += take;
                    size[0] += take;
                    if (size[0] == batchRows) {
                        batch.setSize(size[0]);
                        consumer.accept(batch);
                        size[0] = 0;
                    }
                }
            });
            if (size[0] > 0) {
                batch.setSize(size[0]);
                consumer.accept(batch);
            }
        } catch (SQLException e) {
            throw DuckDbSource.cannotRead(file, format, e);
        }
    }

    /** Rows {@code [from, from + count)} of an Arrow vector into the batch's arrays from position {@code to}. */
    private static void copy(FieldVector v, int from, int count, int to, double[] numbers, int[] codes, long[] hashes,
                             boolean[] hashMissing) {
        if (numbers != null) {
            Float8Vector f = (Float8Vector) v;
            for (int r = 0; r < count; r++) {
                numbers[to + r] = f.isNull(from + r) ? Double.NaN : f.get(from + r);
            }
        } else if (codes != null) {
            IntVector c = (IntVector) v;
            for (int r = 0; r < count; r++) {
                codes[to + r] = c.isNull(from + r) ? RowBatch.MISSING_CODE : c.get(from + r);
            }
        } else {
            BigIntVector h = (BigIntVector) v;
            for (int r = 0; r < count; r++) {
                boolean missing = h.isNull(from + r);
                hashMissing[to + r] = missing;
                hashes[to + r] = missing ? 0 : h.get(from + r);
            }
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
        closeQuietly(conn, staged);
    }

    /**
     * One DuckDB {@code ENUM} type per categorical column ({@code glenum_<column index>}), its values the column's
     * distinct values in sorted order, all found in one scan; returns the dictionaries.
     */
    private static List<List<String>> createEnums(Connection conn, String source, List<SchemaInference.Plan> plans,
                                                  List<Integer> coded) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        if (coded.isEmpty()) {
            return out;
        }
        StringBuilder q = new StringBuilder("SELECT ");
        for (int k = 0; k < coded.size(); k++) {
            String e = plans.get(coded.get(k)).expression();
            q.append(k == 0 ? "" : ", ").append("list_sort(list(DISTINCT ").append(e).append(") FILTER (WHERE ")
                    .append(e).append(" IS NOT NULL))");
        }
        q.append(" FROM ").append(source);
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(q.toString())) {
            rs.next();
            for (int k = 0; k < coded.size(); k++) {
                List<String> dictionary = new ArrayList<>();
                java.sql.Array a = rs.getArray(k + 1);
                if (a != null) {
                    for (Object o : (Object[]) a.getArray()) {
                        dictionary.add(String.valueOf(o));
                    }
                }
                out.add(dictionary);
            }
        }
        for (int k = 0; k < coded.size(); k++) {
            StringBuilder values = new StringBuilder();
            for (String v : out.get(k)) {
                values.append(values.length() == 0 ? "" : ", ").append(DuckDbSource.literal(v));
            }
            try (Statement st = conn.createStatement()) {
                st.execute("CREATE OR REPLACE TYPE glenum_" + coded.get(k) + " AS ENUM (" + values + ")");
            }
        }
        return out;
    }

    private static void closeQuietly(Connection conn, StagedTable staged) {
        closeQuietly(conn);
        if (staged != null) {
            staged.close();
        }
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

}
