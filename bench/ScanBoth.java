import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * DuckDB's own scan of two data files at once, one DuckDB thread each, as `greenlight drift` reads them: every
 * column parsed and aggregated (count and max), the CSV sniffer run once per file, nothing handed to Java but one
 * row. What a comparison's read can at best take on this machine, JVM start excluded (bench/drift_bench.sh prints
 * it beside the comparison's time).
 * Usage: java -cp DUCKDB_JDBC_JAR bench/ScanBoth.java FILE1 FILE2
 */
public class ScanBoth {
    public static void main(String[] args) throws Exception {
        Class.forName("org.duckdb.DuckDBDriver");
        scan(args[0]); // the native library loaded and the page cache warm before the clock starts
        long t = System.nanoTime();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> scan(args[0]));
        scan(args[1]);
        first.join();
        System.out.printf("duckdb_scan_both_s=%.2f%n", (System.nanoTime() - t) / 1e9);
    }

    private static void scan(String file) {
        Properties one = new Properties();
        one.setProperty("threads", "1");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", one); Statement st = c.createStatement()) {
            String lower = file.toLowerCase();
            String src = (lower.endsWith(".parquet") ? "read_parquet('" : "read_csv('") + file.replace("'", "''")
                    + "')";
            // one query, so the CSV sniffer runs once per file, as greenlight's read runs it
            try (ResultSet rs = st.executeQuery("SELECT count(*), max(COLUMNS(*)) FROM " + src)) {
                rs.next();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
