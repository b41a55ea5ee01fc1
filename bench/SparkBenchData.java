import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Generates the Spark benchmark's data with DuckDB, deterministically (values are functions of the row number):
 * {@code java -cp duckdb_jdbc.jar bench/SparkBenchData.java N OUT.parquet}. Ten columns: n0-n3 normal, n4-n7
 * log-normal (Box-Muller over row hashes), c0 with 20 categories, c1 with 200 (skewed).
 */
public class SparkBenchData {
    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        String out = args[1].replace("'", "''");
        StringBuilder cols = new StringBuilder();
        for (int j = 0; j < 8; j++) {
            String u1 = "((hash(i * 16 + " + (2 * j) + ") % 1000000007) + 1) / 1000000008.0";
            String u2 = "(hash(i * 16 + " + (2 * j + 1) + ") % 1000000007) / 1000000007.0";
            String z = "sqrt(-2 * ln(" + u1 + ")) * cos(2 * pi() * " + u2 + ")";
            cols.append(j < 4 ? z + " * " + (j + 1) + " + " + (10 * j) : "exp(" + z + " * 0.5)").append(" AS n")
                    .append(j).append(", ");
        }
        cols.append("'k' || (hash(i * 16 + 20) % 20) AS c0, ");
        cols.append("'v' || CAST(floor(pow((hash(i * 16 + 21) % 1000000) / 1000000.0, 3) * 200) AS BIGINT) AS c1");
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT " + cols + " FROM range(" + n + ") t(i)) TO '" + out
                    + "' (FORMAT parquet, ROW_GROUP_SIZE 1000000)");
        }
    }
}
