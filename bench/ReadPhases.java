import dev.greenlight.io.TableReader;
import dev.greenlight.io.stream.ColumnarSource;
import dev.greenlight.provenance.Fingerprint;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Times the phases of reading one data file (bench/read_bench.sh runs it against the build before and after a
 * change): DuckDB's own scan of every column (the reference speed), the SHA-256 of the bytes, the in-memory reader
 * (TableReader: open, scan, type rules) and the streaming reader (ColumnarSource: open and type inference, then
 * the read). Uses only public API, so the same file runs against any build.
 * Usage: java -cp CLASSPATH bench/ReadPhases.java FILE
 */
public class ReadPhases {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Class.forName("org.duckdb.DuckDBDriver");
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            String src = "read_csv('" + file.toAbsolutePath() + "')";
            StringBuilder q = new StringBuilder("SELECT count(*)");
            try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + src)) {
                while (rs.next()) {
                    q.append(", max(\"").append(rs.getString(1)).append("\")");
                }
            }
            try (ResultSet rs = st.executeQuery(q + " FROM " + src)) {
                rs.next();
            }
        }
        report("duckdb_scan_all_columns", t);
        t = System.nanoTime();
        Fingerprint.sha256(file);
        report("sha256", t);
        t = System.nanoTime();
        var f = TableReader.read(file);
        report("table_reader_read", t);
        System.out.println("rows=" + f.table().rowCount() + " columns=" + f.table().columnCount());
        f = null;
        t = System.nanoTime();
        try (ColumnarSource s = ColumnarSource.open(file)) {
            report("columnar_open_and_type_inference", t);
            t = System.nanoTime();
            s.readTable();
            report("columnar_read", t);
        }
    }

    private static void report(String phase, long start) {
        System.out.printf("%s_s=%.2f%n", phase, (System.nanoTime() - start) / 1e9);
    }
}
