import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Fills a greenlight serve DuckDB store (already migrated by the server) with N churn predictions spread evenly
 * over 365 days and a label for every second one, for the window-query benchmark in bench/serve_bench.sh.
 * Usage: java -cp duckdb_jdbc.jar bench/ServeFill.java FILE N
 */
public final class ServeFill {
    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[1]);
        long start = 1_733_011_200_000L; // 2024-12-01T00:00:00Z
        long step = 365L * 86_400_000L / n;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO predictions SELECT 'fill-' || i, ? + i * ?, "
                    + "CASE WHEN i % 2 = 0 THEN 'churn' ELSE 'stay' END, (i % 97) / 97.0, '{\"tenure_months\":' || "
                    + "(i % 60) || ',\"monthly_fee\":' || (10 + i % 80) || '.5,\"plan\":\"' || CASE i % 3 WHEN 0 "
                    + "THEN 'basic' WHEN 1 THEN 'plus' ELSE 'pro' END || '\"}', 0 FROM range(?) t(i)")) {
                p.setLong(1, start);
                p.setLong(2, step);
                p.setLong(3, n);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO labels SELECT 'fill-' || i, CASE WHEN "
                    + "i % 5 < 2 THEN 'churn' ELSE 'stay' END, ? + i * ? + 86400000, 0 FROM range(0, ?, 2) t(i)")) {
                p.setLong(1, start);
                p.setLong(2, step);
                p.setLong(3, n);
                p.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
        }
    }
}
