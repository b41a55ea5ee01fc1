import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Fills a greenlight serve DuckDB store (already made by the server, so its feature columns exist) with N churn
 * predictions spread evenly over 365 days, every second one with its label (known a day later), in one SQL
 * statement, and sets the store's counts to match. A bulk load for the query benchmark in bench/serve_bench.sh: the
 * rows do not go through the API (bench/ServeLoad.java measures that).
 * Usage: java -cp duckdb_jdbc.jar bench/ServeFill.java FILE N
 */
public final class ServeFill {
    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[1]);
        long start = 1_733_011_200_000L; // 2024-12-01T00:00:00Z
        long step = 365L * 86_400_000L / n;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            Map<String, String> column = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT feature, column_name FROM feature_columns")) {
                while (r.next()) {
                    column.put(r.getString(1), r.getString(2));
                }
            }
            // the column names come from the store's own register (f1, f2, ...)
            try (PreparedStatement p = c.prepareStatement("INSERT INTO predictions (id, ts_ms, prediction, score, "
                    + "received_ms, label, label_ts_ms, label_received_ms, " + column.get("tenure_months") + ", "
                    + column.get("monthly_fee") + ", " + column.get("plan") + ") SELECT 'fill-' || i, ? + i * ?, "
                    + "CASE WHEN i % 2 = 0 THEN 'churn' ELSE 'stay' END, (i % 97) / 97.0, 0, "
                    + "CASE WHEN i % 2 = 1 THEN NULL WHEN i % 5 < 2 THEN 'churn' ELSE 'stay' END, "
                    + "CASE WHEN i % 2 = 0 THEN ? + i * ? + 86400000 END, CASE WHEN i % 2 = 0 THEN 0 END, "
                    + "i % 60, 10 + i % 80 + 0.5, CASE i % 3 WHEN 0 THEN 'basic' WHEN 1 THEN 'plus' ELSE 'pro' END "
                    + "FROM range(?) t(i)")) {
                p.setLong(1, start);
                p.setLong(2, step);
                p.setLong(3, start);
                p.setLong(4, step);
                p.setLong(5, n);
                p.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE event_counts SET predictions = (SELECT count(*) FROM predictions), labels = "
                        + "(SELECT count(label) FROM predictions) + (SELECT count(*) FROM pending_labels), joined = "
                        + "(SELECT count(label) FROM predictions), writes = writes + 1");
                s.execute("CHECKPOINT");
            }
        }
    }
}
