import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Converts CSV files to Parquet with DuckDB, for the drift benchmark: {@code java -cp duckdb_jdbc.jar
 * bench/ToParquet.java IN.csv OUT.parquet [IN2.csv OUT2.parquet ...]} (Java's single-file source launcher).
 */
public class ToParquet {
    public static void main(String[] args) throws Exception {
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (int i = 0; i + 1 < args.length; i += 2) {
                s.execute("COPY (SELECT * FROM read_csv('" + args[i].replace("'", "''") + "')) TO '"
                        + args[i + 1].replace("'", "''") + "' (FORMAT parquet)");
            }
        }
    }
}
